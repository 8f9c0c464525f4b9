// Who may change the graph: every write (imports, drafts, edits, retractions, saved views' owners)
// needs a write token, and each token has a name so the audit trail can say who did what.
// WRITE_TOKENS holds "name:token" pairs; IMPORT_TOKEN keeps working as the token named "import".
import type { RequestHandler, Response } from 'express';
import { bearerToken, tokenMatches } from './access.ts';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';

export interface WriteToken {
  name: string;
  token: string;
}

type WriteConfig = Pick<Config, 'WRITE_TOKENS' | 'IMPORT_TOKEN'>;

/** Every token that grants writes, with the name it acts under. */
export function writeTokens(config: WriteConfig): WriteToken[] {
  const tokens = [...config.WRITE_TOKENS];
  if (config.IMPORT_TOKEN) tokens.push({ name: 'import', token: config.IMPORT_TOKEN });
  return tokens;
}

/** The name of the write token a request carries, or undefined. Every token is compared (no early exit). */
export function writerFor(header: string | undefined, tokens: readonly WriteToken[]): string | undefined {
  const given = bearerToken(header);
  let name: string | undefined;
  for (const candidate of tokens) {
    if (tokenMatches(given, candidate.token) && name === undefined) name = candidate.name;
  }
  return name;
}

/**
 * Refuses a request without a write token (403 when the server has none, 401 when the request's is
 * missing or wrong) and records the writer's name for the handler (`writerName(res)`).
 */
export function requireWriteAccess(config: WriteConfig): RequestHandler {
  const tokens = writeTokens(config);
  return (req, res, next) => {
    const where = `${req.method} ${req.originalUrl.split('?')[0]}`;
    if (tokens.length === 0) {
      next(
        new AppError(
          403,
          'writes-disabled',
          `${where} changes the graph, and this server accepts no writes: set WRITE_TOKENS (or IMPORT_TOKEN) to enable them.`,
        ),
      );
      return;
    }
    const name = writerFor(req.get('authorization'), tokens);
    if (name === undefined) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="write"');
      next(new AppError(401, 'unauthorized', `${where} needs "Authorization: Bearer <a write token>".`));
      return;
    }
    res.locals.writer = name;
    next();
  };
}

/** The writer's name set by requireWriteAccess; a route that calls this without it is a bug. */
export function writerName(res: Response): string {
  const name = res.locals.writer;
  if (typeof name !== 'string') throw new Error('writerName: the route does not require write access');
  return name;
}
