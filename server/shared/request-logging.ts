// One log line per request, with an id the client sees as X-Request-Id (and may supply itself,
// e.g. from a proxy), so that a user's error report leads to its log line and, for a 500, its stack.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from './logger.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An incoming id is kept when it is short and plain (no spaces or control characters to forge log lines). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
  headers: Record<string, unknown>;
}

/** Express rewrites req.url inside mounted routers; originalUrl is what the client asked for. */
function fullUrl(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
}

export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger: logger.pino,
    genReqId: requestIdOf,
    // 5xx are the server's failures; 4xx are the caller's and stay at info, so errors mean something.
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res, ms) =>
      `${req.method} ${fullUrl(req)} ${res.statusCode} in ${Math.round(ms)} ms`,
    customErrorMessage: (req, res) => `${req.method} ${fullUrl(req)} ${res.statusCode} failed`,
    // The problem code of an error answer, so a log search by code finds its requests.
    customProps: (_req, res) => ({ problem: problemCodeOf(res) }),
    // Method, URL, client and agent: enough to follow a request; no headers, so no credentials.
    serializers: {
      req: (req: SerializedRequest) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}

const PROBLEM_CODE = Symbol('problem code');

/** Records the problem code of an error answer for its log line. */
export function recordProblemCode(res: ServerResponse, code: string): void {
  (res as ServerResponse & { [PROBLEM_CODE]?: string })[PROBLEM_CODE] = code;
}

function problemCodeOf(res: ServerResponse): string | undefined {
  return (res as ServerResponse & { [PROBLEM_CODE]?: string })[PROBLEM_CODE];
}

/** Hands an error to the request log line (pino-http logs `res.err` with its stack). */
export function attachErrorToRequestLog(res: ServerResponse, error: unknown): void {
  (res as ServerResponse & { err?: unknown }).err = error instanceof Error ? error : new Error(String(error));
}
