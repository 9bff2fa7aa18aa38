import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One built-in role of emulator/seed/entra-builtin-roles.json (see emulator/seed/PROVENANCE.md). */
export type CatalogRole = {
  id: string;
  templateId: string;
  displayName: string;
  description: string;
  isBuiltIn: boolean;
  isEnabled: boolean | null;
  isPrivileged: boolean | null;
  allowedResourceActions: string[];
  assignableScopes: Array<'directory' | 'administrativeUnit' | 'application'>;
};

let cached: CatalogRole[] | null = null;

/** The 145 built-in roles, read once from the copy in emulator/seed/. */
export function builtInRoles(): CatalogRole[] {
  cached ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../seed/entra-builtin-roles.json', import.meta.url)), 'utf8')) as CatalogRole[];
  return cached;
}

export const wellKnownRoles = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityOperator: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  teamsAdministrator: '69091246-20e8-4a56-aa4d-066075b2a7a8',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  complianceAdministrator: '17315797-102d-40b4-93e0-432062caca18',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
} as const;
