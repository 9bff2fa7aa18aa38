'use client';

import { InteractionRequiredAuthError, InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ShieldPerson20Filled } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuthConfig } from './auth-provider';
import { completeSignIn } from './complete-sign-in';
import { rememberReturnTo } from './session-api';

const useStyles = makeStyles({
  page: { minHeight: '100vh', display: 'grid', placeItems: 'center', backgroundColor: tokens.colorNeutralBackground2 },
  card: {
    width: 'min(440px, 90vw)',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusLarge,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorBrandForeground1 },
});

export type SignInReason = 'expired' | 'signed-out' | undefined;

const unreachable = "The sign-in service couldn't be reached. Check that it is running, then try again.";

/**
 * Signs the admin in with no extra click: an account MSAL already knows is renewed silently; otherwise the
 * sign-in page (the account picker) opens at once. After signing out, the admin chooses to sign in again.
 */
export function SignInPanel({ returnTo, reason }: { returnTo: string; reason: SignInReason }) {
  const styles = useStyles();
  const router = useRouter();
  const { instance, inProgress, accounts } = useMsal();
  const { scopes } = useAuthConfig();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);

  const redirectToSignIn = useCallback(() => {
    started.current = true;
    rememberReturnTo(returnTo);
    instance.loginRedirect({ scopes, prompt: 'select_account' }).catch(() => setFailure(unreachable));
  }, [instance, returnTo, scopes]);

  useEffect(() => {
    if (started.current || inProgress !== InteractionStatus.None || reason === 'signed-out') return;
    started.current = true;
    const account = instance.getActiveAccount() ?? accounts[0];
    if (!account) {
      redirectToSignIn();
      return;
    }
    completeSignIn(instance, account, scopes, returnTo)
      .then((next) => router.replace(next))
      .catch((error: unknown) => {
        if (error instanceof InteractionRequiredAuthError) redirectToSignIn();
        else setFailure(unreachable);
      });
  }, [accounts, inProgress, instance, reason, redirectToSignIn, returnTo, router, scopes]);

  const waiting = reason !== 'signed-out' && !failure;
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-in-title">
        <div className={styles.brand}>
          <ShieldPerson20Filled />
          <Text weight="semibold">Roles Portal</Text>
        </div>
        <Text as="h1" id="sign-in-title" size={600} weight="semibold">
          Sign in
        </Text>
        {reason === 'expired' ? (
          <MessageBar intent="warning"><MessageBarBody>Your sign-in has expired. Sign in again to continue.</MessageBarBody></MessageBar>
        ) : null}
        {reason === 'signed-out' ? (
          <MessageBar intent="success"><MessageBarBody>You signed out.</MessageBarBody></MessageBar>
        ) : null}
        {failure ? <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar> : null}
        {waiting ? <Spinner size="small" label="Signing you in…" /> : null}
        <Button
          appearance="primary"
          disabled={waiting}
          onClick={() => {
            setFailure(null);
            redirectToSignIn();
          }}
        >
          Sign in with Microsoft Entra ID
        </Button>
      </section>
    </main>
  );
}
