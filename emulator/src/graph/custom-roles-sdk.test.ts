// A custom role's whole life through the Kiota-based @microsoft/msgraph-sdk, signed in as the Privileged Role
// Administrator: create, read back typed, update, assign over one app registration, the refusals a script would hit
// (delete while assigned, an action Microsoft does not allow), delete and the 404 after. npm has no roleManagement
// service package for the SDK, so the requests go through its adapter with the main package's models and error type.
import {
  AllowedHostsValidator,
  BaseBearerTokenAuthenticationProvider,
  HttpMethod,
  RequestInformation,
  type AccessTokenProvider,
} from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import {
  createUnifiedRoleAssignmentFromDiscriminatorValue,
  createUnifiedRoleDefinitionCollectionResponseFromDiscriminatorValue,
  createUnifiedRoleDefinitionFromDiscriminatorValue,
  serializeUnifiedRoleAssignment,
  serializeUnifiedRoleDefinition,
  type UnifiedRoleAssignment,
  type UnifiedRoleDefinition,
  type UnifiedRoleDefinitionCollectionResponse,
} from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue, type ODataError } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contosoIds } from '../seed/contoso';
import { personas, startTestEmulator, userToken, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let adapter: GraphRequestAdapter;
const errorMapping = { XXX: createODataErrorFromDiscriminatorValue };
const definitions = '/roleManagement/directory/roleDefinitions';
const assignments = '/roleManagement/directory/roleAssignments';
const expenses = contosoIds.application('Contoso Expenses');

beforeAll(async () => {
  emulator = await startTestEmulator();
  const token = await userToken(emulator, personas.patti);
  const tokens: AccessTokenProvider = {
    getAuthorizationToken: async () => token,
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(emulator.url).host])),
  };
  adapter = new GraphRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens));
  adapter.baseUrl = `${emulator.url}/v1.0`;
});
afterAll(async () => emulator?.cleanup());

function requestTo(method: HttpMethod, path: string) {
  const request = new RequestInformation(method);
  request.URL = `${adapter.baseUrl}${path}`;
  request.headers.tryAdd('Accept', 'application/json');
  return request;
}

const roles = {
  create(body: UnifiedRoleDefinition) {
    const request = requestTo(HttpMethod.POST, definitions);
    request.setContentFromParsable(adapter, 'application/json', body, serializeUnifiedRoleDefinition);
    return adapter.send<UnifiedRoleDefinition>(request, createUnifiedRoleDefinitionFromDiscriminatorValue, errorMapping);
  },
  get: (id: string) => adapter.send<UnifiedRoleDefinition>(requestTo(HttpMethod.GET, `${definitions}/${id}`), createUnifiedRoleDefinitionFromDiscriminatorValue, errorMapping),
  update(id: string, body: UnifiedRoleDefinition) {
    const request = requestTo(HttpMethod.PATCH, `${definitions}/${id}`);
    request.setContentFromParsable(adapter, 'application/json', body, serializeUnifiedRoleDefinition);
    return adapter.sendNoResponseContent(request, errorMapping);
  },
  delete: (id: string) => adapter.sendNoResponseContent(requestTo(HttpMethod.DELETE, `${definitions}/${id}`), errorMapping),
};

function assign(body: UnifiedRoleAssignment) {
  const request = requestTo(HttpMethod.POST, assignments);
  request.setContentFromParsable(adapter, 'application/json', body, serializeUnifiedRoleAssignment);
  return adapter.send<UnifiedRoleAssignment>(request, createUnifiedRoleAssignmentFromDiscriminatorValue, errorMapping);
}
const unassign = (id: string) => adapter.sendNoResponseContent(requestTo(HttpMethod.DELETE, `${assignments}/${id}`), errorMapping);

/** The error a rejected call threw, so a test can assert what the SDK hands a script. */
async function refusal(call: Promise<unknown>): Promise<ODataError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  // ODataError is an interface over a backed model, not an Error subclass: what identifies one is the status Kiota
  // read from the response.
  if (typeof error !== 'object' || error === null || !('responseStatusCode' in error)) throw new Error('expected the call to be refused');
  return error as ODataError;
}

const credentialActions = ['microsoft.directory/applications/credentials/update', 'microsoft.directory/applications/standard/read'];
const uniqueName = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

describe('custom roles through @microsoft/msgraph-sdk', () => {
  it('creates, reads, updates, assigns at an app registration, refuses the delete while assigned, then deletes', async () => {
    const displayName = uniqueName('SDK credential rotator');
    const created = await roles.create({
      displayName,
      description: 'Rotates app registration credentials.',
      isEnabled: true,
      rolePermissions: [{ allowedResourceActions: credentialActions }],
    });
    const id = created?.id;
    if (!id) throw new Error('the create answered no id');
    expect(created).toMatchObject({ displayName, isBuiltIn: false, isEnabled: true, templateId: id });

    const read = await roles.get(id);
    expect(read?.displayName).toBe(displayName);
    expect(read?.rolePermissions?.[0]?.allowedResourceActions).toEqual(credentialActions);

    await roles.update(id, { description: 'Rotates credentials of one app registration.', isEnabled: false });
    expect(await roles.get(id)).toMatchObject({ description: 'Rotates credentials of one app registration.', isEnabled: false });
    const whileDisabled = await refusal(assign({ roleDefinitionId: id, principalId: personas.isaiah, directoryScopeId: `/${expenses}` }));
    expect(whileDisabled.errorEscaped?.message).toBe(`The role definition '${id}' is disabled and cannot be assigned.`);
    await roles.update(id, { isEnabled: true });

    const assignment = await assign({ roleDefinitionId: id, principalId: personas.isaiah, directoryScopeId: `/${expenses}` });
    expect(assignment).toMatchObject({ roleDefinitionId: id, principalId: personas.isaiah, directoryScopeId: `/${expenses}` });
    const assignmentId = assignment?.id;
    if (!assignmentId) throw new Error('the assignment answered no id');

    const refused = await refusal(roles.delete(id));
    expect(refused.responseStatusCode).toBe(400);
    expect(refused.errorEscaped).toMatchObject({
      code: 'Request_BadRequest',
      message: 'The role definition cannot be deleted because it has role assignments. Remove the assignments first.',
    });
    expect((await roles.get(id))?.id).toBe(id);

    await unassign(assignmentId);
    await roles.delete(id);
    const gone = await refusal(roles.get(id));
    expect(gone.responseStatusCode).toBe(404);
    expect(gone.errorEscaped?.code).toBe('Request_ResourceNotFound');
  });

  it("refuses an action Microsoft does not allow in custom roles, with Graph's message verbatim, and creates nothing", async () => {
    const displayName = uniqueName('SDK user disabler');
    const refused = await refusal(
      roles.create({
        displayName,
        isEnabled: true,
        rolePermissions: [{ allowedResourceActions: ['microsoft.directory/applications/credentials/update', 'microsoft.directory/users/disable'] }],
      }),
    );
    expect(refused.responseStatusCode).toBe(400);
    expect(refused.errorEscaped).toMatchObject({
      code: 'Request_BadRequest',
      message: "Action 'microsoft.directory/users/disable' is not supported for Custom Role creation",
    });
    const filter = encodeURIComponent(`displayName eq '${displayName}'`);
    const request = requestTo(HttpMethod.GET, `${definitions}?$filter=${filter}`);
    const listed = await adapter.send<UnifiedRoleDefinitionCollectionResponse>(request, createUnifiedRoleDefinitionCollectionResponseFromDiscriminatorValue, errorMapping);
    expect(listed?.value).toEqual([]);
  });
});
