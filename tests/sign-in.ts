// '@/tests/sign-in', as lib/ tests import it: the headless sign-in lives in headless-sign-in.mjs, shared with the
// scripts run by plain node (scripts/bench, scripts/resilience).
export { jwtClaims, parsePicker, signInAsApp, signInAsUser } from './headless-sign-in.mjs';
export type { Authority, PickerEntry, SignInOptions } from './headless-sign-in.mjs';
