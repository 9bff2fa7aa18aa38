import type { PickerAccount } from './types';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Entra's sign-in page look without its assets: system fonts, inline CSS, nothing fetched from elsewhere. */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f2f2f2;
  font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",
  Arial,sans-serif;color:#1b1b1b;font-size:15px}
main{width:100%;max-width:440px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px;margin:16px}
.brand{font-weight:600;font-size:18px;color:#505050;margin:0 0 16px}
h1{font-size:24px;font-weight:600;margin:0 0 8px}
p{margin:0 0 16px;line-height:1.4}
ul{list-style:none;margin:0 -44px;padding:0}
li{border-top:1px solid #e6e6e6}
li:last-child{border-bottom:1px solid #e6e6e6}
button.account{display:block;width:100%;text-align:left;background:none;border:0;padding:12px 44px;cursor:pointer;
  font:inherit;color:inherit}
button.account:hover{background:#e6e6e6}
button.account:focus-visible{outline:2px solid #0067b8;outline-offset:-2px}
.name{display:block;font-weight:600}
.upn,.roles{display:block;font-size:13px;color:#505050;overflow-wrap:anywhere}
.roles{color:#0067b8}
.roles.none{color:#707070}
.error{color:#e81123}
.details{font-size:13px;color:#505050;white-space:pre-wrap;overflow-wrap:anywhere}
.note{font-size:13px;color:#505050;margin-top:16px}
`;

function layout(title: string, body: string, bodyAttributes = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body${bodyAttributes}><main>${body}</main></body></html>`;
}

const ADMIN_NONE = 'No admin roles';

/** Admins first, then everyone else; alphabetical by display name within each group. */
export function sortPickerAccounts(accounts: PickerAccount[]): PickerAccount[] {
  const byName = (a: PickerAccount, b: PickerAccount) =>
    a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) ||
    a.userPrincipalName.localeCompare(b.userPrincipalName, 'en');
  const admins = accounts.filter((a) => a.roles.length > 0).sort(byName);
  const others = accounts.filter((a) => a.roles.length === 0).sort(byName);
  return [...admins, ...others];
}

export function pickerPage(opts: {
  accounts: PickerAccount[];
  signedRequest: string;
  loginHint?: string;
}): string {
  const items = opts.accounts
    .map((account) => {
      const roles = account.roles.length > 0 ? account.roles.join(', ') : ADMIN_NONE;
      return `<li><button class="account" type="submit" name="account" value="${escapeHtml(account.id)}">` +
        `<span class="name">${escapeHtml(account.displayName)}</span>` +
        `<span class="upn">${escapeHtml(account.userPrincipalName)}</span>` +
        `<span class="roles${account.roles.length ? '' : ' none'}">${escapeHtml(roles)}</span></button></li>`;
    })
    .join('\n');
  const empty = opts.accounts.length === 0 ? '<p class="error">This tenant has no users to sign in with.</p>' : '';
  const hint = opts.loginHint
    ? `<p class="note">Showing accounts matching ${escapeHtml(opts.loginHint)}.</p>`
    : '';
  return layout(
    'Pick an account',
    `<p class="brand">Contoso</p>
<h1>Pick an account</h1>
<p>Sign in to Roles Portal (demo tenant)</p>${hint}${empty}
<form method="post" action="authorize">
<input type="hidden" name="request" value="${escapeHtml(opts.signedRequest)}">
<ul aria-label="Accounts">
${items}
</ul>
</form>
<p class="note">This is the local emulator's demo tenant: choosing an account signs in without a password.</p>`,
  );
}

export function errorPage(opts: { description: string; emulatorHint?: string }): string {
  const [first = '', ...details] = opts.description.split('\r\n');
  return layout(
    'Sign in',
    `<p class="brand">Contoso</p>
<h1>Sign in</h1>
<p>Sorry, but we’re having trouble signing you in.</p>
<p class="error" role="alert">${escapeHtml(first)}</p>
<p class="details">${escapeHtml(details.join('\n'))}</p>${
      opts.emulatorHint ? `\n<p class="note">${escapeHtml(opts.emulatorHint)}</p>` : ''
    }`,
  );
}

export function signedOutPage(): string {
  return layout(
    'Sign out',
    `<p class="brand">Contoso</p>
<h1>You signed out of your account</h1>
<p>It’s a good idea to close all browser windows.</p>`,
  );
}

/** response_mode=form_post: the browser posts the result to the redirect URI; the button covers disabled scripts. */
export function formPostPage(opts: { action: string; fields: Record<string, string>; nonce: string }): string {
  const inputs = Object.entries(opts.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return layout(
    'Working...',
    `<form method="post" action="${escapeHtml(opts.action)}">${inputs}
<noscript><p>Script is disabled. Click Continue to finish signing in.</p></noscript>
<button type="submit">Continue</button></form>
<script nonce="${escapeHtml(opts.nonce)}">document.forms[0].submit()</script>`,
  );
}
