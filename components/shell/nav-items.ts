/** The left navigation's destinations, in Entra's words and order. */
export type NavDestination = { value: string; label: string; href: string };

export const rolesAndAdmins: NavDestination[] = [
  { value: 'roles', label: 'All roles', href: '/roles' },
  { value: 'my-roles', label: 'My roles', href: '/my-roles' },
  { value: 'admin-units', label: 'Admin units', href: '/admin-units' },
  // Beyond Entra: the roles that grant a permission, and who holds them.
  { value: 'access', label: 'Who can do what', href: '/access' },
  { value: 'findings', label: 'Access findings', href: '/access/findings' },
];

export const directory: NavDestination[] = [
  { value: 'app-registrations', label: 'App registrations', href: '/app-registrations' },
  { value: 'groups', label: 'Groups', href: '/groups' },
  { value: 'users', label: 'Users', href: '/users' },
  { value: 'audit', label: 'Audit logs', href: '/audit' },
];

/** The nav item that a path belongs to: the destination with the longest matching address, else the first segment. */
export function navValueForPath(pathname: string): string {
  const match = [...rolesAndAdmins, ...directory]
    .filter((destination) => pathname === destination.href || pathname.startsWith(`${destination.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return match?.value ?? (pathname.split('/')[1] || 'roles');
}
