// The v1 claims a delegated Graph token carries for the Contoso personas, read from the emulator's real directory
// (accounts.ts), with a sign-in that runs the picker and redeems the code as the portal's browser does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtClaims, signInAsUser } from '../../../tests/headless-sign-in.mjs';
import { startTestEmulator, type TestEmulator } from '../test-support';

const PRIVILEGED_ROLE_ADMINISTRATOR = 'e8611ab8-c189-46e8-94e1-60213ab1f814';
const HELPDESK_ADMINISTRATOR = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const SECURITY_READER = '5d6b6bb7-de71-4623-b4af-96380a352509';
const REPORTS_READER = '4a5d8f65-41da-4de4-8968-e035b65339cf';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.cleanup());

const signIn = async (user: string) =>
  jwtClaims(await signInAsUser({ origin: emulator.url, tenantId: emulator.tenantId }, user));

describe("a delegated Graph token's v1 claims", () => {
  it('names the user as Entra v1 does and lists a directly held tenant role in wids', async () => {
    const claims = await signIn('PattiF');
    expect(claims).toMatchObject({
      iss: `https://sts.windows.net/${emulator.tenantId}/`,
      ver: '1.0',
      idtyp: 'user',
      upn: 'PattiF@contoso.onmicrosoft.com',
      unique_name: 'PattiF@contoso.onmicrosoft.com',
      wids: [PRIVILEGED_ROLE_ADMINISTRATOR],
    });
  });

  it('counts a tenant role held through a role-assignable group', async () => {
    expect((await signIn('DiegoS')).wids).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it('leaves out roles scoped to an administrative unit, and custom roles', async () => {
    expect((await signIn('LeeG')).wids).toEqual([]);
    // Joni holds the custom "Contoso Audit Reader" at /, Security Reader through her group, and (PIM seed) an
    // active time-bound Reports Reader. Lee's eligible Global Administrator is no role until he activates it.
    expect([...((await signIn('JoniS')).wids as string[])].sort()).toEqual([REPORTS_READER, SECURITY_READER].sort());
  });
});
