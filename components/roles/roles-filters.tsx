'use client';

import {
  Button,
  CounterBadge,
  makeStyles,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SearchBox,
  Tag,
  TagGroup,
  tokens,
  type MenuProps,
} from '@fluentui/react-components';
import { Filter20Regular } from '@fluentui/react-icons';
import {
  activeFilterCount,
  MAX_SEARCH_LENGTH,
  type RoleListState,
  type RoleTypeFilter,
} from '@/lib/roles/role-list-state';

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
        <Menu checkedValues={checkedValues} onCheckedValueChange={onCheckedValueChange}>
          <MenuTrigger disableButtonEnhancement>
            <Button
              appearance="subtle"
              icon={<Filter20Regular />}
              aria-label={active ? `Add filters, ${active} applied` : 'Add filters'}
            >
              Add filters
              {active ? <CounterBadge className={styles.counter} count={active} size="small" color="brand" aria-hidden /> : null}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuGroup>
                <MenuGroupHeader>Type</MenuGroupHeader>
                <MenuItemRadio name="type" value="all">All types</MenuItemRadio>
                <MenuItemRadio name="type" value="builtIn">Built-in</MenuItemRadio>
                <MenuItemRadio name="type" value="custom">Custom</MenuItemRadio>
              </MenuGroup>
              <MenuGroup>
                <MenuGroupHeader>Show only</MenuGroupHeader>
                <MenuItemCheckbox name="show" value="privileged">Privileged roles</MenuItemCheckbox>
                <MenuItemCheckbox name="show" value="assigned">Roles with assignments</MenuItemCheckbox>
              </MenuGroup>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {tags.length ? (
        <div className={styles.tags}>
          <TagGroup aria-label="Applied filters" size="small" onDismiss={(_, { value }) => removeFilter(String(value))}>
            {tags.map((tag) => (
              <Tag key={tag.value} value={tag.value} dismissible dismissIcon={{ 'aria-label': 'remove' }} shape="circular" appearance="brand">
                {tag.label}
              </Tag>
            ))}
          </TagGroup>
          <Button appearance="transparent" size="small" onClick={() => onFiltersChange({ type: 'all', privilegedOnly: false, assignedOnly: false })}>
            Reset filters
          </Button>
        </div>
      ) : null}
    </div>
  );
}
