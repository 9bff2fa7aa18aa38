'use client';

import { Tag, TagGroup } from '@fluentui/react-components';

/** The applied filters as removable pills (roles-filters, groups-commands), loaded only where a filter is applied. */
export function AppliedFilterTags({ tags, onRemove, removeLabel = 'remove' }: {
  tags: { value: string; label: string }[];
  onRemove: (value: string) => void;
  removeLabel?: string;
}) {
  return (
    <TagGroup aria-label="Applied filters" size="small" onDismiss={(_, { value }) => onRemove(String(value))}>
      {tags.map((tag) => (
        <Tag key={tag.value} value={tag.value} dismissible dismissIcon={{ 'aria-label': removeLabel }} shape="circular" appearance="brand">
          {tag.label}
        </Tag>
      ))}
    </TagGroup>
  );
}
