'use client';

import { Button, CounterBadge, makeStyles, SearchBox, tokens, type MenuProps } from '@fluentui/react-components';
import { Filter20Regular } from '@fluentui/react-icons';
import dynamic from 'next/dynamic';
import { onDemand } from '@/components/common/on-demand';
import { useMenuButton } from '@/components/common/use-menu-button';
import {
  activeFilterCount,
  MAX_SEARCH_LENGTH,
  type RoleListState,
  type RoleTypeFilter,
} from '@/lib/roles/role-list-state';

// The menu loads when the admin first reaches "Add filters", the pills only on a page with filters applied.
const RolesFiltersMenu = onDemand(() => import('./roles-filters-menu').then((module) => module.RolesFiltersMenu));
const AppliedFilterTags = dynamic(() => import('@/components/list/applied-filter-tags').then((module) => module.AppliedFilterTags));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  search: { width: '320px', maxWidth: '100%' },
  counter: { marginInlineStart: tokens.spacingHorizontalXS },
  tags: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type RoleFilters = Pick<RoleListState, 'type' | 'privilegedOnly' | 'assignedOnly'>;

const typeLabels: Record<Exclude<RoleTypeFilter, 'all'>, string> = { builtIn: 'Built-in roles', custom: 'Custom roles' };

type RolesFiltersProps = {
  search: string;
  onSearchChange: (search: string) => void;
  filters: RoleFilters;
  onFiltersChange: (filters: Partial<RoleFilters>) => void;
};

/** "Search by name or description" and "Add filters" (type, privileged, with assignments), with removable pills. */
export function RolesFilters({ search, onSearchChange, filters, onFiltersChange }: RolesFiltersProps) {
  const styles = useStyles();
  const menu = useMenuButton(RolesFiltersMenu.preload);
  const active = activeFilterCount({ ...filters, search: '', sort: 'name', direction: 'ascending' });
  const checkedValues = {
    type: [filters.type],
    show: [...(filters.privilegedOnly ? ['privileged'] : []), ...(filters.assignedOnly ? ['assigned'] : [])],
  };
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_, { name, checkedItems }) => {
    if (name === 'type') onFiltersChange({ type: (checkedItems[0] as RoleTypeFilter | undefined) ?? 'all' });
    if (name === 'show') onFiltersChange({ privilegedOnly: checkedItems.includes('privileged'), assignedOnly: checkedItems.includes('assigned') });
  };
  const tags = [
    ...(filters.type === 'all' ? [] : [{ value: 'type', label: typeLabels[filters.type] }]),
    ...(filters.privilegedOnly ? [{ value: 'privileged', label: 'Privileged' }] : []),
    ...(filters.assignedOnly ? [{ value: 'assigned', label: 'With assignments' }] : []),
  ];
  const removeFilter = (value: string) => {
    if (value === 'type') onFiltersChange({ type: 'all' });
    if (value === 'privileged') onFiltersChange({ privilegedOnly: false });
    if (value === 'assigned') onFiltersChange({ assignedOnly: false });
  };

  return (
    <div className={styles.root}>
      <div className={styles.row} role="search">
        <SearchBox
          className={styles.search}
          value={search}
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(_, data) => onSearchChange(data.value)}
          placeholder="Search by name or description"
          aria-label="Search by name or description"
        />
        <Button
          {...menu.buttonProps}
          appearance="subtle"
          icon={<Filter20Regular />}
          aria-label={active ? `Add filters, ${active} applied` : 'Add filters'}
        >
          Add filters
          {active ? <CounterBadge className={styles.counter} count={active} size="small" color="brand" aria-hidden /> : null}
        </Button>
        <RolesFiltersMenu
          target={menu.target}
          open={menu.open}
          onOpenChange={menu.setOpen}
          checkedValues={checkedValues}
          onCheckedValueChange={onCheckedValueChange}
        />
      </div>
      {tags.length ? (
        <div className={styles.tags}>
          <AppliedFilterTags tags={tags} onRemove={removeFilter} />
          <Button appearance="transparent" size="small" onClick={() => onFiltersChange({ type: 'all', privilegedOnly: false, assignedOnly: false })}>
            Reset filters
          </Button>
        </div>
      ) : null}
    </div>
  );
}
