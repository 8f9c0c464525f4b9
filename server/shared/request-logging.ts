// One log line per request, with an id the client sees as X-Request-Id (and may supply itself,
// e.g. from a proxy), so that a user's error report leads to its log line and, for a 500, its stack.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
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

/** Express rewrites req.url inside mounted routers; originalUrl is what the client asked for. */
function fullUrl(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
}

const LOGGED = Symbol('request logged');

/**
 * One line per request when its answer is sent (or its connection closes first). Written here
 * rather than with pino-http, which builds two child loggers for every request and serialises
 * their bindings again at the end: a tenth of the API's own time per request on the curated
 * graph (see README, "Benchmarks"). The line keeps pino-http's shape.
 */
export function requestLogging(logger: Logger): RequestHandler {
  const log = logger.pino;
  return (req, res, next) => {
    const id = requestIdOf(req, res);
    const started = Date.now();
    (res as ServerResponse & { [LOGGED]?: boolean })[LOGGED] = true;
    const done = () => {
      res.off('close', done);
      res.off('finish', done);
      const error = (res as ServerResponse & { err?: Error }).err;
      // 5xx are the server's failures; 4xx are the caller's and stay at info, so errors mean something.
      const level = error || res.statusCode >= 500 ? 'error' : 'info';
      if (!log.isLevelEnabled(level)) return;
      const responseTime = Date.now() - started;
      const problem = problemCodeOf(res);
      const url = fullUrl(req);
      // Method, URL, client and agent: enough to follow a request; no headers, so no credentials.
      const line = {
        req: {
          id,
          method: req.method,
          url,
          remoteAddress: req.socket.remoteAddress,
          userAgent: req.headers['user-agent'],
        },
        res: { statusCode: res.statusCode },
        responseTime,
        ...(problem ? { problem } : {}),
        ...(level === 'error'
          ? { err: error ?? new Error(`failed with status code ${res.statusCode}`) }
          : {}),
      };
      log[level](
        line,
        level === 'error'
          ? `${req.method} ${url} ${res.statusCode} failed`
          : `${req.method} ${url} ${res.statusCode} in ${responseTime} ms`,
      );
    };
    res.on('close', done);
    res.on('finish', done);
    next();
  };
}

/** Whether the request logger watches this answer (it then logs the error attached to it). */
export function isRequestLogged(res: ServerResponse): boolean {
  return (res as ServerResponse & { [LOGGED]?: boolean })[LOGGED] === true;
}

const PROBLEM_CODE = Symbol('problem code');

/** Records the problem code of an error answer for its log line. */
export function recordProblemCode(res: ServerResponse, code: string): void {
  (res as ServerResponse & { [PROBLEM_CODE]?: string })[PROBLEM_CODE] = code;
}

function problemCodeOf(res: ServerResponse): string | undefined {
  return (res as ServerResponse & { [PROBLEM_CODE]?: string })[PROBLEM_CODE];
}

/** Hands an error to the request log line (it logs `res.err` with its stack). */
export function attachErrorToRequestLog(res: ServerResponse, error: unknown): void {
  (res as ServerResponse & { err?: unknown }).err = error instanceof Error ? error : new Error(String(error));
}
