'use client';

import { Badge, Tooltip } from '@fluentui/react-components';

/**
 * Entra's PRIVILEGED label: the role can delegate access, change credentials or authentication policy, or read
 * restricted data. The tooltip says so for admins who don't know the label yet.
 */
export function PrivilegedBadge({ size = 'small' }: { size?: 'small' | 'medium' }) {
  return (
    <Tooltip
      content="Privileged: this role can grant access, change credentials or authentication policies, or read restricted data."
      relationship="description"
      withArrow
    >
      <Badge appearance="tint" color="danger" size={size} shape="rounded" tabIndex={0}>
        PRIVILEGED
      </Badge>
    </Tooltip>
  );
}
