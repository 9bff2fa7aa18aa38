'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { AssignmentPathCell, ScopedRolesTable } from '@/components/assignments/scoped-roles-table';
import type { MyRoleRow } from '@/lib/views/my-roles';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The signed-in admin's own roles: which, at which scope, and whether directly or through a group. */
export function MyRolesTable({ rows }: { rows: MyRoleRow[] }) {
  const styles = useStyles();
  if (rows.length === 0) {
    return <Text className={styles.muted}>You don&apos;t hold any directory roles.</Text>;
  }
  return (
    <ScopedRolesTable
      rows={rows}
      label="My role assignments"
      extraColumns={[{ columnId: 'path', header: 'Assignment path', cell: (row) => <AssignmentPathCell via={row.via} /> }]}
    />
  );
}
