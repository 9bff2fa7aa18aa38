'use client';

import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { useActionState, useState, type ReactNode } from 'react';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import type { ActionResult } from '@/lib/actions/action-result';
import type { ReadAccessWarning } from '@/lib/views/scoped-roles';
import { addDirectoryReaders } from './read-access-actions';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'inline' },
});

/** The one-click fix: Directory Readers at directory scope for one service principal or guest. */
export function FixButton({ warning, unitId, onResult }: {
  warning: Pick<ReadAccessWarning, 'principalId' | 'displayName'>;
  unitId: string;
  onResult: (result: ActionResult) => void;
}) {
  const styles = useStyles();
  const [, action, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const outcome = await addDirectoryReaders(previous, form);
    onResult(outcome);
    return outcome;
  }, null);
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="principalId" value={warning.principalId} />
      <input type="hidden" name="unitId" value={unitId} />
      <Button type="submit" size="small" disabled={pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
        {pending ? 'Adding\u2026' : `Add Directory Readers for ${warning.displayName}`}
      </Button>
    </form>
  );
}

/**
 * Why service principals and guests can't use a role over an administrative unit yet, then one line per principal
 * with its fix: the same body before Add (read-access-precheck.tsx) and on the unit's blade afterwards.
 */
export function ReadAccessNotice({ title, items }: { title: string; items: readonly { id: string; text: ReactNode; fix: ReactNode }[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Text>
          Service principals and guests also need Directory Readers (or another role that reads the directory, such as Global Reader) at
          directory scope to use a role assigned over an administrative unit.
        </Text>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.item}>
              <Text>{item.text}</Text>
              {item.fix}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Service principals and guests that hold a role over this unit but can't read the directory, so can't use it.
 * An admin who may change assignments gets a one-click fix per principal: Directory Readers at directory scope.
 */
export function ReadAccessWarnings({ warnings, unitId }: { warnings: ReadAccessWarning[]; unitId: string }) {
  const admin = useSignedInAdmin();
  // Outlives the warning: after a fix the page re-renders without it, and the outcome stays announced.
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <>
      <ActionResultBar result={result} />
      {warnings.length === 0 ? null : (
        <ReadAccessNotice
          title={warnings.length === 1 ? `${warnings[0]?.displayName} can't use their role here yet` : `${formatCount(warnings.length)} administrators can't use their roles here yet`}
          items={warnings.map((warning) => ({
            id: warning.principalId,
            text: (
              <>
                <strong>{warning.displayName}</strong> ({warning.principalType === 'servicePrincipal' ? 'service principal' : 'guest'}) holds{' '}
                {warning.roleNames.join(', ')} here, but no role that reads the directory.
              </>
            ),
            fix: admin.canManageRoleAssignments ? <FixButton warning={warning} unitId={unitId} onResult={setResult} /> : null,
          }))}
        />
      )}
    </>
  );
}
