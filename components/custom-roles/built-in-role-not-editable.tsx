'use client';

import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Edit on a built-in role: Microsoft's roles can't be changed, but their permissions can start a custom role. */
export function BuiltInRoleNotEditable({ roleId, roleName }: { roleId: string; roleName: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Built-in roles can&apos;t be edited</MessageBarTitle>
        {roleName} is one of Microsoft&apos;s built-in roles. <Link href={`/roles/new?from=${roleId}`}>Clone it into a custom role</Link> to change what it allows.
      </MessageBarBody>
    </MessageBar>
  );
}
