'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import { BladeError } from '@/components/common/blade-error';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalXXL } });

// Catches what the portal's own layout can't render (e.g. Graph failing while reading who is signed in), so the
// admin sees a reason and Retry rather than a blank page. Blade errors are caught closer, by (portal)/error.tsx.
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const styles = useStyles();
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <div className={styles.root}>
      <BladeError
        message="The portal couldn't load: Microsoft Graph or the sign-in service may be unavailable."
        reference={digest}
        onRetry={retry}
      />
    </div>
  );
}
