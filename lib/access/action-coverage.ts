// Which roles grant a resource action. A role's permissions name actions exactly or with Microsoft's wildcards:
// `allEntities` (every entity of a namespace), `allProperties` (every property of an entity) and `allTasks` (every
// verb), as in `microsoft.directory/users/allProperties/allTasks`, which grants `microsoft.directory/users/password/update`.

type Parsed = { namespace: string; entity: string; property: string; verb: string };

function parse(action: string): Parsed | null {
  const parts = action.trim().toLowerCase().split('/');
  if (parts.length < 3) return null;
  const [namespace = '', entity = '', ...rest] = parts;
  const verb = rest.pop() ?? '';
  return { namespace, entity, property: rest.join('/'), verb };
}

/** Whether a role permission (possibly with wildcards) grants the action. */
export function permissionGrants(permission: string, action: string): boolean {
  const held = parse(permission);
  const wanted = parse(action);
  if (!held || !wanted) return false;
  if (held.namespace !== wanted.namespace) return false;
  if (held.entity !== 'allentities' && held.entity !== wanted.entity) return false;
  if (held.property !== 'allproperties' && held.property !== wanted.property) return false;
  return held.verb === 'alltasks' || held.verb === wanted.verb;
}

/** The permissions of a role that grant the action (empty: the role doesn't). */
export function grantingPermissions(permissions: readonly string[], action: string): string[] {
  return permissions.filter((permission) => permissionGrants(permission, action));
}

// Words an admin types for a verb, and the verb a permission names it by.
const verbWords: Record<string, string> = {
  reset: 'update', change: 'update', set: 'update', edit: 'update', modify: 'update', manage: 'update',
  add: 'create', new: 'create', make: 'create', invite: 'create',
  remove: 'delete', erase: 'delete',
  view: 'read', see: 'read', list: 'read', get: 'read',
};
const ignored = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'who', 'can', 'and', 'or', 'their', 'user\u2019s', 'users\u2019']);

/** `passwords` → `password`, `policies` → `policy`: enough for the words of permission names. */
function stem(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The words of an action's segments: `microsoft.directory/users/password/update` → users, user, password, update, … */
function segmentWords(action: string): Set<string> {
  const words = action.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return new Set(words.flatMap((word) => [word, stem(word)]));
}

/** The same, with camelCase split too: `deviceLocalCredentials` → device, local, credentials, credential. */
function allWords(action: string): Set<string> {
  return segmentWords(action.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * The actions, among `known`, that words such as "reset passwords" describe: every word (stemmed, a verb word
 * mapped to the verb permissions use) in the action's name or its description. A query that is itself an action
 * (`microsoft.directory/users/password/update`) is matched exactly, known or not.
 */
export function actionsMatching(query: string, known: ReadonlyArray<{ action: string; description?: string }>): string[] {
  const text = query.trim();
  if (!text) return [];
  if (/^microsoft\.[a-z0-9.]+\//i.test(text)) return [text];
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9\u2019']+/)
    .filter((word) => word && !ignored.has(word))
    .map((word) => verbWords[word] ?? stem(word));
  if (!words.length) return [];
  // Whole segments first ("password" is users/password/update, not users/passwordPolicies/update); only when none
  // match, parts of camelCase names and the descriptions.
  const whole = known.filter(({ action }) => {
    const own = segmentWords(action);
    return words.every((word) => own.has(word));
  });
  const matches = whole.length
    ? whole
    : known.filter(({ action, description = '' }) => {
        const own = allWords(action);
        const described = description.toLowerCase();
        return words.every((word) => own.has(word) || described.includes(word));
      });
  return [...new Set(matches.map(({ action }) => action))];
}
