import { createBatch } from './batch';
import { GraphError } from './errors';
import { collectPages } from './paging';
import { createTransport } from './transport';
import type { GraphClient, GraphClientOptions } from './types';

// The Graph client: the transport (send, retry, errors), paging and `$batch`, put together. No global state and
// no caching: a client lives for one server request (React cache() wraps reads elsewhere).

export type * from './types';
export { consoleGraphLogger, loggablePath } from './transport';

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const transport = createTransport(options);
  const defaultMaxPages = options.maxPages ?? 100;
  const get: GraphClient['get'] = async (path, schema, requestOptions = {}) => {
    const raw = await transport.send('GET', path, { mode: 'safe', ...requestOptions });
    return transport.parse(schema, raw, `response to GET ${transport.loggable(path)}`);
  };

  return {
    baseUrl: transport.baseUrl,
    get,
    async find(path, schema, requestOptions = {}) {
      try {
        return await get(path, schema, requestOptions);
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return null;
        throw error;
      }
    },
    async list(path, itemSchema, listOptions = {}) {
      const raw = await transport.send('GET', path, { mode: 'safe', ...listOptions });
      const maxPages = listOptions.maxPages ?? defaultMaxPages;
      return collectPages(transport, raw, itemSchema, transport.loggable(path), { ...listOptions, maxPages });
    },
    async listFrom(firstPage, itemSchema, listOptions = {}) {
      const maxPages = listOptions.maxPages ?? defaultMaxPages;
      return collectPages(transport, { body: firstPage }, itemSchema, listOptions.path ?? 'batched list', { ...listOptions, maxPages });
    },
    async post(path, body, schema, { retry: mode = 'throttled-only', ...requestOptions } = {}) {
      const raw = await transport.send('POST', path, { body, mode, ...requestOptions });
      return transport.parse(schema, raw, `response to POST ${transport.loggable(path)}`);
    },
    async postNoContent(path, body, requestOptions = {}) {
      await transport.send('POST', path, { body, mode: 'throttled-only', ...requestOptions });
    },
    async delete(path, requestOptions = {}) {
      await transport.send('DELETE', path, { mode: 'idempotent', ...requestOptions });
    },
    batch: createBatch(transport),
  };
}
