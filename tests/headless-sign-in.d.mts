// Types for headless-sign-in.mjs (plain JavaScript so that scripts run by `node` can import it too).
export type Authority = {
  /** The emulator's http origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  tenantId: string;
};

export function signInAsApp(authority: Authority, credentials?: { clientId?: string; clientSecret?: string }): Promise<string>;

export type SignInOptions = {
  scope?: string;
  /** Where the code comes back to; the portal's origin redeems it. Default: the demo's http://localhost:3000. */
  redirectUri?: string;
  /** Sent as `login_hint`: a UPN the picker then offers alone. */
  loginHint?: string;
  /** The account's id when the picker does not list it (a large tenant's picker shows only its first accounts). */
  accountIdFor?: (user: string) => Promise<string>;
};
export function signInAsUser(authority: Authority, user: string, options?: SignInOptions): Promise<string>;

export type PickerEntry = { id: string; displayName: string; userPrincipalName: string };
export function parsePicker(html: string): PickerEntry[];

export function jwtClaims(token: string): Record<string, unknown>;
