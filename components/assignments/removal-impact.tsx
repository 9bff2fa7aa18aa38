'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { QueryScope } from '@/components/shell/query-scope';
import { queryKeys } from '@/lib/query/keys';
import { readRemovalImpact, type RemovalImpactRead } from './impact-actions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxHeight: '24vh', overflowY: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Props = { roleId: string; roleName: string; assignmentIds: string[] };

/**
 * Before Remove: who really loses the role (each group as its members, minus those who hold it another way at the
 * same scope), who keeps it and how, and how many still hold it at the tenant. Read when the dialog opens; a
 * failed read says so and leaves the removal possible.
 */
export function RemovalImpact(props: Props) {
  return (
    <QueryScope>
      <Impact {...props} />
    </QueryScope>
  );
}

function Impact({ roleId, roleName, assignmentIds }: Props) {
  const styles = useStyles();
  const losesId = useId();
  const keepsId = useId();
  const read = useQuery<RemovalImpactRead>({
    queryKey: queryKeys.removalImpact(roleId, assignmentIds),
    queryFn: () => readRemovalImpact(roleId, assignmentIds),
    gcTime: 0,
    retry: false,
  });
  if (read.isPending) return <Text className={styles.muted} role="status">Working out who loses {roleName}…</Text>;
  const data = read.data;
  if (!data || !data.ok) {
    return <Text className={styles.muted} role="status">Who loses the role couldn&apos;t be worked out: {data?.message ?? read.error?.message} You can still remove the assignment.</Text>;
  }
  return (
    <section className={styles.root} aria-label="Impact of this removal">
      <Text id={losesId} weight="semibold">{data.losses.length ? `Who loses ${roleName}` : `No one loses ${roleName}`}</Text>
      {data.losses.length ? (
        <ul className={styles.list} aria-labelledby={losesId}>
          {data.losses.map((loss) => (
            <li key={`${loss.principalId}:${loss.directoryScopeId}`}>
              <Text weight="semibold">{loss.displayName}</Text> <Text>at {loss.scopeName}{loss.keeps === 'eligible' ? ': stays eligible, and can activate it' : ''}</Text>
            </li>
          ))}
        </ul>
      ) : <Text className={styles.muted}>Everyone these assignments give the role to also holds it another way at the same scope.</Text>}
      {data.keeps.length ? (
        <>
          <Text id={keepsId} weight="semibold">Keep it another way</Text>
          <ul className={styles.list} aria-labelledby={keepsId}>
            {data.keeps.map((keep) => <li key={keep.principalId}><Text weight="semibold">{keep.displayName}</Text> <Text>{keep.how}</Text></li>)}
          </ul>
        </>
      ) : null}
      {data.activeAtTenantAfter === 0 ? (
        <Text className={styles.warning} weight="semibold"><Warning16Filled aria-hidden />After this, no one holds {roleName} actively at Directory scope.</Text>
      ) : (
        <Text className={styles.muted}>After this, {data.activeAtTenantAfter === 1 ? '1 person or app still holds' : `${data.activeAtTenantAfter} people and apps still hold`} {roleName} actively at Directory scope.</Text>
      )}
      {data.incomplete ? <Text className={styles.muted}>Some holders couldn&apos;t be read (eligible ones, or a group&apos;s members), so this may leave someone out.</Text> : null}
    </section>
  );
}
