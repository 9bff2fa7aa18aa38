import type { User } from '@/lib/graph/server';

/** What the user blade's client components are given: plain, serializable, nothing undefined. */
export function toUserSummary(user: User) {
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName,
    userPrincipalName: user.userPrincipalName,
    userType: user.userType ?? null,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
    mail: user.mail ?? null,
    accountEnabled: user.accountEnabled ?? null,
  };
}
