import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** emulator/seed/custom-role-actions.json: the resource actions Microsoft allows in custom roles (research §5). */
const allowlistFile = z.object({
  source: z.record(z.string(), z.unknown()),
  categories: z.array(z.object({ id: z.string(), label: z.string(), source: z.string(), file: z.string() })),
  actions: z.array(z.object({ action: z.string().min(1), category: z.string(), description: z.string() })),
});

export type CustomRoleAllowlist = { has(action: string): boolean };

const path = fileURLToPath(new URL('../../seed/custom-role-actions.json', import.meta.url));
let cached: CustomRoleAllowlist | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exact actions compare case-insensitively; `{id}` in a consent action stands for any app consent policy id. */
export function buildAllowlist(actions: string[]): CustomRoleAllowlist {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const action of actions) {
    if (action.includes('{id}')) {
      patterns.push(new RegExp(`^${action.split('{id}').map(escape).join('[A-Za-z0-9._-]+')}$`, 'i'));
    } else {
      exact.add(action.toLowerCase());
    }
  }
  return { has: (action) => exact.has(action.toLowerCase()) || patterns.some((p) => p.test(action)) };
}

/** The allowlist, read once and validated. */
export function customRoleAllowlist(): CustomRoleAllowlist {
  if (cached) return cached;
  const parsed = allowlistFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  return (cached = buildAllowlist(parsed.actions.map((a) => a.action)));
}
