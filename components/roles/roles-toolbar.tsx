'use client';

import { makeStyles, Toolbar, ToolbarButton, ToolbarDivider, Tooltip, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular, PersonKey20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useTransition, type MouseEvent } from 'react';
import { DownloadAssignmentsButton, type DownloadOutcome } from './download-assignments-button';

const useStyles = makeStyles({
  root: {
    // Longhands, not paddingInline: Fluent's Toolbar sets the padding shorthand, and between two shorthands Griffel's
    // stylesheet order decides, which varies from one page load to the next (the commands moved by 8 px).
    paddingLeft: 0,
    paddingRight: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
});

/** The All roles command bar, in Entra's order: New custom role, Your role, Download assignments, Refresh. */
export function RolesToolbar({ onDownloaded }: { onDownloaded: (outcome: DownloadOutcome) => void }) {
  const styles = useStyles();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const openMyRoles = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push('/my-roles');
  };
  return (
    <Toolbar aria-label="All roles commands" className={styles.root}>
      <Tooltip content="Not available in Roles Portal yet" relationship="description" withArrow>
        <ToolbarButton icon={<Add20Regular />} disabledFocusable>
          New custom role
        </ToolbarButton>
      </Tooltip>
      <ToolbarDivider />
      <ToolbarButton as="a" href="/my-roles" icon={<PersonKey20Regular />} onClick={openMyRoles}>
        Your role
      </ToolbarButton>
      <DownloadAssignmentsButton onDone={onDownloaded} />
      <ToolbarButton
        icon={<ArrowClockwise20Regular />}
        onClick={() => startRefresh(() => router.refresh())}
        disabledFocusable={refreshing}
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </ToolbarButton>
    </Toolbar>
  );
}
