'use client';

import { makeStyles, ToolbarButton, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, PersonKey20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useTransition, type MouseEvent } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { CsvDownloadButton, type DownloadOutcome } from '@/components/common/csv-download-button';

const useStyles = makeStyles({
  root: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
});

/**
 * The All roles command bar, in Entra's order: Your role, Download assignments, Refresh. Entra's "New custom role"
 * is left out rather than shown disabled: creating custom roles is not something the portal does (yet).
 */
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
    <CommandBar label="All roles commands" className={styles.root}>
      <ToolbarButton as="a" href="/my-roles" icon={<PersonKey20Regular />} onClick={openMyRoles}>
        Your role
      </ToolbarButton>
      <CsvDownloadButton url="/api/assignments-csv" label="Download assignments" fallbackFileName="role-assignments.csv" onDone={onDownloaded} />
      <ToolbarButton
        icon={<ArrowClockwise20Regular />}
        onClick={() => startRefresh(() => router.refresh())}
        disabledFocusable={refreshing}
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </ToolbarButton>
    </CommandBar>
  );
}
