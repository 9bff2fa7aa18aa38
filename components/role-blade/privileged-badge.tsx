'use client';

import { Badge } from '@fluentui/react-components';
import { ShieldError16Regular } from '@fluentui/react-icons';

/** Entra's PRIVILEGED label, for a role or one of its permissions. */
export function PrivilegedBadge({ label = 'PRIVILEGED' }: { label?: string }) {
  return (
    <Badge appearance="tint" color="danger" size="medium" icon={<ShieldError16Regular />}>
      {label}
    </Badge>
  );
}
