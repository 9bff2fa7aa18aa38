/** The httpOnly cookie that carries the admin's Graph access token from the browser to the server. */
export const SESSION_COOKIE = 'rp_session';

/** The header through which proxy.ts tells server components which page was asked for (for the return trip). */
export const REQUEST_PATH_HEADER = 'x-roles-portal-path';
