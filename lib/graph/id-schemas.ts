import { z } from 'zod';
import { DIRECTORY_SCOPE_ID_MESSAGE, DIRECTORY_SCOPE_ID_PATTERN, ROLE_ASSIGNMENT_ID_PATTERN } from './odata';

// The id rules of odata.ts as zod schemas, for parsing server actions' input. odata.ts itself stays zod-free, so
// the request plans client components build don't bring zod into the browser.

export const roleAssignmentIdSchema = z.string().regex(ROLE_ASSIGNMENT_ID_PATTERN);
export const directoryScopeIdSchema = z.string().regex(DIRECTORY_SCOPE_ID_PATTERN, DIRECTORY_SCOPE_ID_MESSAGE);
