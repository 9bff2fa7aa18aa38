'use client';

import { Avatar } from '@fluentui/react-components';
import { People20Regular, ShieldPerson20Regular } from '@fluentui/react-icons';

/** A group's square avatar; a role-assignable group wears a shield, as it can hold directory roles. */
export function GroupAvatar({ roleAssignable, size = 28 }: { roleAssignable: boolean; size?: 20 | 24 | 28 | 32 | 48 }) {
  return (
    <Avatar
      size={size}
      shape="square"
      icon={roleAssignable ? <ShieldPerson20Regular /> : <People20Regular />}
      color={roleAssignable ? 'brand' : 'steel'}
      aria-hidden
    />
  );
}
