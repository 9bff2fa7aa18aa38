'use client';

import { Badge } from '@fluentui/react-components';

/**
 * Entra's PRIVILEGED label: the role can grant access, change credentials or authentication policies, or read
 * restricted data. Not focusable: in a list of 145 roles a tab stop per label would only get in the way.
 */
export function PrivilegedBadge({ size = 'small' }: { size?: 'small' | 'medium' }) {
  return (
    <Badge appearance="tint" color="danger" size={size} shape="rounded">
      PRIVILEGED
    </Badge>
  );
}
