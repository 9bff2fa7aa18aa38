// The custom-role permission list as the wizard holds it: plain data the server page hands to the client, with the
// matching rule for `{id}` patterns. Free of zod and of the built-in role facts (npm run check:bundles); the list
// itself is read and checked in custom-role-actions.ts, on the server.

export type CustomRoleActionCategory = { id: string; label: string; source: string };
export type CustomRoleAction = { action: string; category: string; description: string; privileged: boolean };
/** The actions grouped in the Learn pages' order, each group in the file's order. */
export type CustomRoleCatalog = Array<{ category: CustomRoleActionCategory; actions: CustomRoleAction[] }>;

/** Consent's `managePermissionGrantsForAll.{id}` stands for any permission grant policy id. */
function matcher(action: string): RegExp {
  const body = action
    .split('{id}')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[A-Za-z0-9._-]+');
  return new RegExp(`^${body}$`, 'i');
}

/** Finds the listed action an action string is (case-insensitive; `{id}` patterns match a concrete id), if any. */
export function actionLookup(actions: readonly CustomRoleAction[]): (action: string) => CustomRoleAction | undefined {
  const matchers = actions.map((item) => ({ item, test: matcher(item.action) }));
  return (action) => {
    const value = action.trim();
    return matchers.find(({ test }) => test.test(value))?.item;
  };
}
