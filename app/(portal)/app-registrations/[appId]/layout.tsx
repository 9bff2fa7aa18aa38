import { layoutThatRequires } from '@/components/common/exists-or-not-found';
import { loadApplication } from '@/lib/views/app-registrations';

// A malformed or unknown app is a 404 (app-registrations/not-found.tsx).
export default layoutThatRequires('appId', loadApplication);
