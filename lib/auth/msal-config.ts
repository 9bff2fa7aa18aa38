import { LogLevel, type Configuration } from '@azure/msal-browser';

/** What the browser needs to sign in: computed on the server from lib/env and handed to the client. */
export type PublicAuthConfig = {
  clientId: string;
  authority: string;
  authorityMetadata: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scopes: string[];
};

/**
 * MSAL for the browser: redirect flow with PKCE, tokens in sessionStorage (cleared with the tab, never
 * localStorage), and the authority's metadata given up front so MSAL makes no discovery call. Log lines that
 * carry personal data are dropped.
 */
export function msalConfiguration(config: PublicAuthConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: [new URL(config.authority).host],
      authorityMetadata: config.authorityMetadata,
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.postLogoutRedirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level === LogLevel.Error) console.error(message);
        },
      },
    },
  };
}
