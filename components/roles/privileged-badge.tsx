'use client';

import { Badge, makeStyles } from '@fluentui/react-components';
import { ShieldError16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  // Beside a role name in a narrow column the label wraps to the next line whole, never squeezed or clipped.
  badge: { flexShrink: 0 },
});

/**
 * Entra's PRIVILEGED label, for a role or one of its permissions: it can grant access, change credentials or
 * authentication policies, or read restricted data. Not focusable: in a list of 145 roles a tab stop per label
 * would only get in the way.
 */
export function PrivilegedBadge({ size = 'small', label = 'PRIVILEGED' }: { size?: 'small' | 'medium'; label?: string }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color="danger" size={size} shape="rounded" icon={size === 'medium' ? <ShieldError16Regular /> : undefined}>
      {label}
    </Badge>
  );
}
