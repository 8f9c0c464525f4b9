// Who may reach the server: the Host check (against DNS rebinding) and the read token (when the
// server is bound beyond loopback), plus the start-up line that says what is exposed.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { isLoopbackHost, LOOPBACK_NAMES } from './loopback.ts';

const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';

/**
 * The names the Host check answers, or undefined when it is off. A page on another site can point a
 * DNS name at this server ("DNS rebinding") and call the API from the analyst's browser; its requests
 * carry that other name in Host. The check is off only when bound to all interfaces with no
 * ALLOWED_HOSTS, which config accepts only with READ_TOKEN (a rebinding page does not know it).
 */
export function allowedHostNames(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): Set<string> | undefined {
  if (isWildcard(config.HOST) && config.ALLOWED_HOSTS.length === 0) return undefined;
  const names = new Set([...LOOPBACK_NAMES, ...config.ALLOWED_HOSTS]);
  if (!isWildcard(config.HOST)) names.add(config.HOST.toLowerCase());
  return names;
}

/** The name part of a Host header: "example.org:8080" → "example.org", "[::1]:8080" → "[::1]". */
function hostName(header: string | undefined): string {
  return (header ?? '').trim().toLowerCase().replace(/:\d+$/, '');
}

/** A peer on this machine: 127.0.0.0/8, ::1, or IPv4-mapped loopback. */
const isLoopbackPeer = (address: string | undefined) =>
  !!address && (/^(?:::ffff:)?127\./.test(address) || address === '::1');

export function allowedHostsOnly(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): RequestHandler {
  const names = allowedHostNames(config);
  return (req, _res, next) => {
    const name = hostName(req.headers.host);
    // "localhost" means this machine: from another one it is a forged Host, not a way in.
    const forgedLoopback = LOOPBACK_NAMES.has(name) && !isLoopbackPeer(req.socket.remoteAddress);
    if (!names || (names.has(name) && !forgedLoopback)) {
      next();
      return;
    }
    next(
      new AppError(
        403,
        'host-not-allowed',
        `This server answers requests for ${[...names].join(', ')}, not "${name}" (add it to ALLOWED_HOSTS).`,
      ),
    );
  };
}

/** The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive (RFC 9110). */
export function bearerToken(header: string | undefined): string {
  return /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1] ?? '';
}

/** Compares a token in constant time (for equal lengths; the length itself is not secret). */
export function tokenMatches(given: string, expected: string): boolean {
  const actual = Buffer.from(given);
  const wanted = Buffer.from(expected);
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
}

/**
 * When READ_TOKEN is set, every /api request carries it or a write token (a writer may read what
 * they change); the write routes then check for a write token themselves.
 */
export function requireReadToken(
  token: string | undefined,
  writeTokens: readonly string[] = [],
): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      next();
      return;
    }
    const given = bearerToken(req.get('authorization'));
    if (tokenMatches(given, token) || writeTokens.some((candidate) => tokenMatches(given, candidate))) {
      next();
      return;
    }
    res.setHeader('WWW-Authenticate', 'Bearer realm="api"');
    next(
      new AppError(
        401,
        'unauthorized',
        'This server needs "Authorization: Bearer <READ_TOKEN>" (or a write token) on every /api request.',
      ),
    );
  };
}

/** What the server exposes, for the start-up log; a warning when it is reachable beyond this machine. */
export function describeExposure(
  config: Pick<Config, 'HOST' | 'PORT' | 'ALLOWED_HOSTS' | 'READ_TOKEN' | 'IMPORT_TOKEN' | 'WRITE_TOKENS'>,
): {
  level: 'info' | 'warn';
  message: string;
} {
  const names = allowedHostNames(config);
  const hostCheck = names ? `Host check on (${[...names].join(', ')})` : 'Host check off';
  const token = config.READ_TOKEN ? 'every /api request needs READ_TOKEN' : 'no token on /api';
  const writers = [
    ...config.WRITE_TOKENS.map((entry) => entry.name),
    ...(config.IMPORT_TOKEN ? ['import'] : []),
  ];
  const importState = writers.length > 0 ? `writes enabled for ${writers.join(', ')}` : 'writes disabled';
  if (isLoopbackHost(config.HOST)) {
    return {
      level: 'info',
      message: `Listening on ${config.HOST}:${config.PORT}, this machine only: ${hostCheck}; ${token}; ${importState}.`,
    };
  }
  return {
    level: 'warn',
    message:
      `Listening on ${config.HOST}:${config.PORT}, reachable from the network: the API, analyst Cypher ` +
      `(POST /api/cypher) included, and the client; ${token}; ${hostCheck}; ${importState}.`,
  };
}
