// HTTP plumbing shared by every feature: input validation at the edge and problem+json errors.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError, badRequest, fromNeo4jError } from './errors.ts';
import type { Logger } from './logger.ts';
import { attachErrorToRequestLog, recordProblemCode } from './request-logging.ts';

/** Parses input with a zod schema; a failure is a 400 that names each bad field and what was expected. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(input)',
    message: issue.message,
    got: shortInput(issue.input),
  }));
  // "maxHops must be 1–10, got 12": say the field once, then what was expected and what came.
  const summary = issues
    .map((issue) => {
      const text = issue.message.startsWith(issue.field) ? issue.message : `${issue.field}: ${issue.message}`;
      return issue.got === undefined ? text : `${text}, got ${issue.got}`;
    })
    .join('; ');
  throw badRequest('invalid-request', `${where}: ${summary}`, { issues });
}

function shortInput(value: unknown): string | undefined {
  if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function problemBody(error: AppError, instance: string) {
  return {
    type: `https://cooperation-graph-explorer.local/problems/${error.code}`,
    title: titleFor(error.status),
    status: error.status,
    detail: error.message,
    code: error.code,
    instance,
    ...error.extra,
  };
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    413: 'Payload too large',
    415: 'Unsupported media type',
    429: 'Too many requests',
    500: 'Internal server error',
    503: 'Service unavailable',
  };
  return titles[status] ?? 'Error';
}

/**
 * The last middleware: every error becomes problem+json; stacks stay in the log. A 5xx hands its
 * error (with its stack) to the request's log line; without the request logger it logs it here.
 */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toAppError(error);
    recordProblemCode(res, appError.code);
    if (appError.status >= 500) {
      if ((req as { log?: unknown }).log) attachErrorToRequestLog(res, error);
      else logger.error(`${req.method} ${req.originalUrl} failed: ${appError.code}`, { err: error });
    }
    res.status(appError.status).type('application/problem+json').json(problemBody(appError, req.originalUrl));
  };
}

/** Errors raised by Express's own body parser carry a status and a type. */
function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const parserError = error as { type?: string; status?: number; message?: string };
  if (parserError?.type === 'entity.too.large') {
    return new AppError(413, 'request-too-large', 'The request body is larger than allowed.');
  }
  if (parserError?.type === 'entity.parse.failed') {
    return badRequest('invalid-json', `The request body is not valid JSON: ${parserError.message}`);
  }
  if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return new AppError(parserError.status, 'bad-request', parserError.message ?? 'Bad request');
  }
  return fromNeo4jError(error);
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'no-such-endpoint', `No API endpoint answers ${req.method} ${req.path}`));
};
