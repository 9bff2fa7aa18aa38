'use client';

import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { CodeBlock } from '@/components/graph-preview/code-block';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { customRoleBody, distinctActions, type CustomRoleBody, type CustomRoleInput } from '@/lib/roles/custom-role-body';
import type { PermissionFacts } from './use-permission-facts';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  action: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Review + create: the role as it will be, each permission under its Learn page, and the body Graph receives. */
type ReviewProps = {
  input: CustomRoleInput;
  problems: Partial<Record<string, string>>;
  /** Edit: what Save sends, and the permissions the form opened with. */
  changes: Partial<CustomRoleBody> | null;
  before?: readonly string[];
  facts: PermissionFacts;
};

const key = (action: string) => action.trim().toLowerCase();

export function ReviewStep({ input, problems, changes, before, facts }: ReviewProps) {
  const styles = useStyles();
  const actions = distinctActions(input.actions);
  const labelOf = (action: string) => facts.catalog.find((group) => group.category.id === facts.find(action)?.category)?.category.label ?? 'Added by name';
  const grouped = new Map<string, string[]>();
  for (const action of actions) grouped.set(labelOf(action), [...(grouped.get(labelOf(action)) ?? []), action]);
  const issues = Object.values(problems).filter((issue): issue is string => Boolean(issue));
  // Edit says what Save takes away and adds, as a reviewer reads a change, before the full list.
  const kept = new Set(actions.map(key));
  const had = new Set((before ?? []).map(key));
  const removed = before ? distinctActions(before).filter((action) => !kept.has(key(action))) : [];
  const added = before ? actions.filter((action) => !had.has(key(action))) : [];
  return (
    <>
      {issues.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{issues.join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <dl className={styles.facts} aria-label="Review">
        <dt className={styles.term}>Name</dt>
        <dd className={styles.value}>{input.displayName || '\u2014'}</dd>
        <dt className={styles.term}>Description</dt>
        <dd className={styles.value}>{input.description || 'No description.'}</dd>
        <dt className={styles.term}>State</dt>
        <dd className={styles.value}>{input.isEnabled ? 'Enabled' : 'Disabled'}</dd>
        <ActionChange term="Removed" label="Permissions removed" actions={removed} facts={facts} />
        <ActionChange term="Added" label="Permissions added" actions={added} facts={facts} />
        <dt className={styles.term}>{before ? 'Permissions after Save' : 'Permissions'}</dt>
        <dd className={styles.value}>
          {actions.length === 0 ? 'None yet.' : null}
          {[...grouped].map(([label, items]) => (
            <div key={label}>
              <Text weight="semibold">{label}</Text>
              <ul className={styles.list}>
                {items.map((action) => <li key={action}><span className={styles.action}>{action}</span> {facts.isPrivileged(action) ? <PrivilegedBadge /> : null}</li>)}
              </ul>
            </div>
          ))}
        </dd>
      </dl>
      <Text weight="semibold">{changes ? 'What Save sends (only what changed)' : 'What Create sends'}</Text>
      <CodeBlock label="Request body" text={JSON.stringify(changes ?? customRoleBody(input), null, 2)} />
    </>
  );
}

/** Edit's Removed or Added row: nothing when the list is empty. */
function ActionChange({ term, label, actions, facts }: { term: string; label: string; actions: string[]; facts: PermissionFacts }) {
  const styles = useStyles();
  if (!actions.length) return null;
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>
        <ul className={styles.list} aria-label={label}>
          {actions.map((action) => <li key={action}><span className={styles.action}>{action}</span> {facts.isPrivileged(action) ? <PrivilegedBadge /> : null}</li>)}
        </ul>
      </dd>
    </>
  );
}
