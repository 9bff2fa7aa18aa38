'use client';

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { policyRuleUpdatePlan, type PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { rulePatches, type RoleSettings } from '@/lib/roles/role-settings';
import type { RoleSummary } from '@/lib/views/role-blade';
import { changeLines } from './setting-rows';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The confirmation before Save: the changes in the page's words, and "View Graph request" with the PATCH of each
 * rule they touch (one request per rule: Graph changes a policy one rule at a time).
 */
export function SaveSettingsDialog({ role, policyId, rules, before, after, action, pending, onClose }: {
  role: RoleSummary;
  policyId: string;
  rules: PolicyRuleBody[];
  before: RoleSettings;
  after: RoleSettings;
  action: (form: FormData) => void;
  pending: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const lines = changeLines(before, after);
  const patches = rulePatches(rules, before, after);
  const fields: Array<[string, string]> = [
    ['roleDefinitionId', role.id],
    ['roleName', role.displayName],
    ['before', JSON.stringify(before)],
    ['after', JSON.stringify(after)],
  ];
  return (
    <Dialog open onOpenChange={(_, data) => { if (!data.open && !pending) onClose(); }} modalType="alert">
      <DialogSurface>
        <form action={action}>
          {fields.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
          <DialogBody>
            <DialogTitle>Save role settings</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>Change these settings of {role.displayName}?</Text>
              <ul className={styles.changes}>
                {lines.map((line) => <li key={line}><Text>{line}</Text></li>)}
              </ul>
              <Text size={200} className={styles.muted}>
                {patches.length === 1 ? 'One policy rule is updated.' : `${patches.length} policy rules are updated, one after the other; if Microsoft Graph refuses one, the rest are not sent.`}
              </Text>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
                {pending ? 'Saving\u2026' : 'Yes'}
              </Button>
              <Button onClick={onClose} disabled={pending}>No</Button>
            </DialogActions>
            <DialogActions position="start">
              <GraphRequestPreview
                requests={() => patches.map((rule) => policyRuleUpdatePlan(policyId, rule))}
                actionLabel="Yes"
                emptyMessage="Nothing to send: no setting was changed."
              />
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
