import { layoutThatRequires } from '@/components/common/exists-or-not-found';
import { loadRole } from '@/lib/views/role-blade';

// A malformed or unknown role is a 404; roles/not-found.tsx answers in the unit's words.
export default layoutThatRequires('roleId', loadRole);
