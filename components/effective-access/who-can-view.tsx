'use client';

import { Badge, Button, createTableColumn, Field, Input, makeStyles, Text, tokens, type TableColumnDefinition } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { AppLink } from '@/components/common/app-link';
import { WrapText } from '@/components/common/wrap-text';
import { ListGrid } from '@/components/list/list-grid';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { scopeKindLabels } from '@/lib/roles/scope-kinds';
import type { RoleGranting, WhoCan } from '@/lib/views/who-can';
import { countOf } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1200px' },
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  input: { width: '520px', maxWidth: '100%' },
  examples: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', color: tokens.colorNeutralForeground3 },
  actions: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace },
  role: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
  scopes: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const examples = ['reset passwords', 'update application credentials', 'manage group members', 'microsoft.directory/users/delete'];

function RoleCell({ role }: { role: RoleGranting }) {
  const styles = useStyles();
  return (
    <span className={styles.role}>
      <AppLink href={`/roles/${role.id}`}>{role.displayName}</AppLink>
      <span className={styles.badges}>
        {role.privileged ? <PrivilegedBadge /> : null}
        {!role.isBuiltIn ? <Badge size="small" appearance="outline" color="informative">Custom</Badge> : null}
        {!role.isEnabled ? <Badge size="small" appearance="outline" color="subtle">Disabled</Badge> : null}
      </span>
    </span>
  );
}

function GrantsCell({ role, many }: { role: RoleGranting; many: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.role}>
      {role.grants.map(({ action, by }) => (
        <span key={action}>
          <span className={styles.code}><WrapText text={by} /></span>
          {many || by !== action ? <Text block size={200} className={styles.muted}>{by === action ? 'exactly' : <>covers <WrapText text={action} /></>}</Text> : null}
        </span>
      ))}
    </span>
  );
}

const columnsFor = (many: boolean): TableColumnDefinition<RoleGranting>[] => [
  createTableColumn({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (role) => <RoleCell role={role} /> }),
  createTableColumn({ columnId: 'grants', renderHeaderCell: () => 'Granted by the permission', renderCell: (role) => <GrantsCell role={role} many={many} /> }),
  createTableColumn({
    columnId: 'scopes',
    renderHeaderCell: () => 'Can be assigned at',
    renderCell: (role) => <span>{role.supportedScopeKinds.map((kind) => scopeKindLabels[kind]).join(', ')}</span>,
  }),
  createTableColumn({ columnId: 'who', renderHeaderCell: () => 'Who', renderCell: (role) => <AppLink href={`/roles/${role.id}/access`} label={`Effective access to ${role.displayName}`}>Effective access</AppLink> }),
];

const sizing = {
  role: { minWidth: 220, idealWidth: 300 },
  grants: { minWidth: 300, idealWidth: 460 },
  scopes: { minWidth: 160, idealWidth: 220 },
  who: { minWidth: 120, idealWidth: 130 },
};

/**
 * Who can do what: a permission (by name, or in words such as "reset passwords"), the roles that grant it, built-in
 * and custom, and for each the way to its effective holders. A plain GET form, so the answer has its own URL.
 */
export function WhoCanView({ result }: { result: WhoCan | null }) {
  const styles = useStyles();
  const many = (result?.actions.length ?? 0) > 1;
  return (
    <div className={styles.root}>
      <form className={styles.form} method="get" action="/access" role="search" aria-label="Who can do what">
        <Field label="What should someone be able to do?" className={styles.input}>
          <Input name="q" defaultValue={result?.query ?? ''} contentBefore={<Search20Regular />} />
        </Field>
        <Button type="submit" appearance="primary">Find roles</Button>
      </form>
      <div className={styles.examples}>
        <Text>A permission such as microsoft.directory/users/password/update, or words. Try:</Text>
        {examples.map((example) => <AppLink key={example} href={`/access?q=${encodeURIComponent(example)}`}>{example}</AppLink>)}
      </div>
      {result && result.actions.length === 0 ? <Text role="status">No permission matches “{result.query}”. Try other words, or a permission’s name.</Text> : null}
      {result && result.actions.length ? (
        <>
          <Text role="status">
            {countOf(result.actions.length, 'permission matches', 'permissions match')}
            {result.moreActions ? ` (and ${result.moreActions} more: use more words)` : ''}; {countOf(result.roles.length, 'role grants', 'roles grant')} {result.actions.length === 1 ? 'it' : 'at least one of them'}.
          </Text>
          <ul className={styles.actions} aria-label="Matching permissions">
            {result.actions.map((action) => <li key={action}><WrapText text={action} /></li>)}
          </ul>
          {result.roles.length ? (
            <ListGrid items={result.roles} columns={columnsFor(many)} getRowId={(role) => role.id} label="Roles that grant it" columnSizingOptions={sizing} />
          ) : (
            <Text>No role of this tenant grants {result.actions.length === 1 ? 'it' : 'any of them'}.</Text>
          )}
        </>
      ) : null}
    </div>
  );
}
