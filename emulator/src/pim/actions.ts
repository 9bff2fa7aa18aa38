export type RequestKind = 'eligibility' | 'assignment';

/** unifiedRoleScheduleRequestActions, as Graph answers them (requests may use any case). */
export const requestActions = [
  'adminAssign', 'adminUpdate', 'adminRemove', 'selfActivate', 'selfDeactivate', 'adminExtend', 'adminRenew', 'selfExtend', 'selfRenew',
] as const;
export type RequestAction = (typeof requestActions)[number];

export function parseAction(value: unknown): RequestAction | null {
  if (typeof value !== 'string') return null;
  return requestActions.find((a) => a.toLowerCase() === value.toLowerCase()) ?? null;
}

export const isSelfAction = (action: RequestAction) => action.startsWith('self');
export const isRemoval = (action: RequestAction) => action === 'adminRemove' || action === 'selfDeactivate';
