'use client';

import { InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { signInPath } from '@/lib/auth/return-to';
import { useAuthConfig } from './auth-provider';
import { completeSignIn } from './complete-sign-in';

const useStyles = makeStyles({
  page: { minHeight: '100vh', display: 'grid', placeItems: 'center', gap: tokens.spacingVerticalL },
});

/**
 * The redirect URI. MsalProvider redeems the code; this hands the Graph token to the server's httpOnly cookie
 * and returns the admin to the page they asked for.
 */
export function RedirectHandler() {
  const styles = useStyles();
  const router = useRouter();
  const { instance, inProgress, accounts } = useMsal();
  const { scopes } = useAuthConfig();
  const [failure, setFailure] = useState<string | null>(null);
  const done = useRef(false);

  useEffect(() => {
    if (done.current || inProgress !== InteractionStatus.None) return;
    const account = instance.getActiveAccount() ?? accounts[0];
    if (!account) {
      done.current = true;
      router.replace(signInPath('/roles'));
      return;
    }
    done.current = true;
    completeSignIn(instance, account, scopes, '/roles')
      .then((next) => router.replace(next))
      .catch(() => setFailure("Signing in didn't complete. Try again."));
  }, [accounts, inProgress, instance, router, scopes]);

  return (
    <main className={styles.page}>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : (
        <Spinner label="Signing you in…" />
      )}
      {failure ? <Button onClick={() => router.replace(signInPath('/roles'))}>Back to sign-in</Button> : null}
    </main>
  );
}
