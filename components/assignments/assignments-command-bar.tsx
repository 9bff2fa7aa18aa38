'use client';

import { makeStyles, ToolbarButton, ToolbarDivider, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { CommandBar } from '@/components/common/command-bar';
import { InfoLabelOnDemand } from '@/components/common/info-label-on-demand';
import { AssignmentChangeCommands } from './assignment-change-commands';
import type { AssignmentsBladeState } from './use-assignments-blade';

const useStyles = makeStyles({
  commands: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * A role's assignment commands (Add, Remove, Refresh, then the blade's own), why a read-only admin can't change them,
 * and below them the outcome of the last change.
 */
export function AssignmentsCommandBar({ blade, showAdd, children }: {
  blade: AssignmentsBladeState;
  /** False where the role can't be assigned at this scope (nothing to add). */
  showAdd?: boolean;
  /** More commands after Refresh (Download assignments). */
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.commands}>
        <CommandBar label="Assignment commands">
          <AssignmentChangeCommands
            deniedReason={blade.canManage ? null : blade.deniedReason}
            selected={blade.selectedRows.length}
            showAdd={showAdd}
            onAdd={blade.openAdd}
            onRemove={blade.openRemove}
          />
          <ToolbarDivider />
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={blade.refreshing} onClick={blade.refresh}>
            {blade.refreshing ? 'Refreshing\u2026' : 'Refresh'}
          </ToolbarButton>
          {children}
        </CommandBar>
        {blade.canManage ? null : (
          <InfoLabelOnDemand info={blade.deniedReason} size="medium">
            Why can&apos;t I add or remove assignments?
          </InfoLabelOnDemand>
        )}
      </div>
      <ActionResultBar result={blade.outcome} />
    </>
  );
}
