'use client';

import { Badge } from '@fluentui/react-components';
import { ShieldError16Regular } from '@fluentui/react-icons';

/**
 * Entra's PRIVILEGED label, for a role or one of its permissions: it can grant access, change credentials or
 * authentication policies, or read restricted data. Not focusable: in a list of 145 roles a tab stop per label
 * would only get in the way.
 */
export function PrivilegedBadge({ size = 'small', label = 'PRIVILEGED' }: { size?: 'small' | 'medium'; label?: string }) {
  return (
    <Badge appearance="tint" color="danger" size={size} shape="rounded" icon={size === 'medium' ? <ShieldError16Regular /> : undefined}>
      {label}
    </Badge>
  );
}
