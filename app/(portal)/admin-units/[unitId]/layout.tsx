import { layoutThatRequires } from '@/components/common/exists-or-not-found';
import { loadAdministrativeUnit } from '@/lib/views/admin-units';

// A malformed or unknown unit is a 404 (admin-units/not-found.tsx).
export default layoutThatRequires('unitId', loadAdministrativeUnit);
