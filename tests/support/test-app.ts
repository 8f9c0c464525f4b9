// The real app over HTTP against the test database, listening on port 0. Every answer `get` and
// `post` receive is checked against the OpenAPI document (status, media type and body): a test fails
// on an answer the contract does not describe, unless it opts out with `skipContractCheck` and a reason.

import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDatabase, createDriver, type Database } from '../../server/database/database.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { type Config, loadConfig } from '../../server/shared/config.ts';
import { startHttpServer } from '../../server/shared/http-server.ts';
import { createLogger, type Logger } from '../../server/shared/logger.ts';
import { contractViolation } from './openapi-contract.ts';

export interface RequestOptions {
  /** Why this request's answer is not held to the OpenAPI document (e.g. a deliberately unknown path). */
  skipContractCheck?: string;
}
export interface TestResponse {
  status: number;
  contentType: string;
  body: any;
}

export interface TestApp {
  baseUrl: string;
  db: Database;
  config: Config;
  port: number;
  get(path: string, options?: RequestOptions): Promise<TestResponse>;
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
    options?: RequestOptions,
  ): Promise<TestResponse>;
  /** Any method (PUT, DELETE…) with an optional JSON body. */
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    options?: RequestOptions,
  ): Promise<TestResponse>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export async function startTestApp(
  options: { config?: Config; clientDir?: string; logger?: Logger } = {},
): Promise<TestApp> {
  const config = options.config ?? testConfig();
  const uri = config.NEO4J_URI as string;
  const db = createDatabase(createDriver(uri, config), uri, loadQueryRegistry(), config);
  const logger = options.logger ?? createLogger('silent');
  const app = createApp({ db, config, logger, clientDir: options.clientDir });
  // The server of `npm start`, with its limits; always on loopback and a free port in tests.
  const { server, port } = await startHttpServer(app, config, logger, { host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${port}`;
  const request = async (path: string, init: RequestInit, options: RequestOptions = {}) => {
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const answer: TestResponse = {
      status: response.status,
      contentType,
      body: text ? JSON.parse(text) : undefined,
    };
    if (options.skipContractCheck === undefined) {
      const violation = contractViolation(init.method ?? 'GET', path, answer);
      if (violation) throw new Error(`The answer breaks the OpenAPI document: ${violation}`);
    }
    return answer;
  };
  return {
    baseUrl,
    port,
    db,
    config,
    get: (path, options) => request(path, { method: 'GET' }, options),
    post: (path, body, headers = {}, options = {}) =>
      request(
        path,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        },
        options,
      ),
    send: (method, path, body, headers = {}, options = {}) =>
      request(
        path,
        {
          method,
          headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        },
        options,
      ),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}
