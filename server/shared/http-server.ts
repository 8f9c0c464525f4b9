// The HTTP server around the app: limits against slow or greedy clients, and problem+json for the
// errors Node answers itself before Express sees a request. One function for `npm start` and tests.

import { createServer, maxHeaderSize, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

export type HttpLimits = Pick<
  Config,
  | 'HTTP_HEADERS_TIMEOUT_MS'
  | 'HTTP_REQUEST_TIMEOUT_MS'
  | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'
  | 'HTTP_MAX_CONNECTIONS'
>;

/** Node's parser errors, as the answer they deserve. */
function clientErrorAnswer(error: NodeJS.ErrnoException): {
  status: number;
  code: string;
  title: string;
  detail: string;
} {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'headers-too-large',
        title: 'Request header fields too large',
        detail:
          `The request headers are larger than this server accepts (${Math.round(maxHeaderSize / 1024)} KB ` +
          'in all); send fewer or shorter headers.',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        code: 'request-timeout',
        title: 'Request timeout',
        detail: 'The request did not arrive in the time allowed; send the headers and body without pausing.',
      };
    default:
      return {
        status: 400,
        code: 'malformed-http',
        title: 'Bad request',
        detail: `The request is not valid HTTP/1.1 (${error.code ?? 'parse error'}).`,
      };
  }
}

/**
 * Node answers malformed or oversized requests with an empty body by default; a problem document
 * tells the caller what went wrong. Only when nothing was written on the socket yet.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket, logger: Logger): void {
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const answer = clientErrorAnswer(error);
  logger.info(`client error ${answer.status}: ${error.code ?? error.message}`, {
    remoteAddress: socket.remoteAddress,
  });
  const body = JSON.stringify({
    type: `https://cooperation-graph-explorer.local/problems/${answer.code}`,
    title: answer.title,
    status: answer.status,
    detail: answer.detail,
    code: answer.code,
  });
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.title}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

/** Says when the cap refuses connections; at most once a minute, so a flood does not flood the log. */
function warnOfDroppedConnections(server: Server, cap: number, logger: Logger): void {
  let dropped = 0;
  let warnedAt = 0;
  server.on('drop', () => {
    dropped += 1;
    if (Date.now() - warnedAt < 60_000) return;
    logger.warn(`Refused ${dropped} connection(s): ${cap} were open (HTTP_MAX_CONNECTIONS).`);
    dropped = 0;
    warnedAt = Date.now();
  });
}

export function createHttpServer(app: RequestListener, limits: HttpLimits, logger: Logger): Server {
  const server = createServer(
    {
      headersTimeout: limits.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: limits.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeout: limits.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      // Node checks the two timeouts above only this often (30 s by default), which would let a
      // slow client keep its socket well past them.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(limits.HTTP_HEADERS_TIMEOUT_MS / 2)),
    },
    app,
  );
  server.maxConnections = limits.HTTP_MAX_CONNECTIONS;
  warnOfDroppedConnections(server, limits.HTTP_MAX_CONNECTIONS, logger);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) =>
    answerClientError(error, socket, logger),
  );
  return server;
}

/** Creates the server and listens (on HOST:PORT unless told otherwise; port 0 picks a free port). */
export async function startHttpServer(
  app: RequestListener,
  config: HttpLimits & Pick<Config, 'HOST' | 'PORT'>,
  logger: Logger,
  listenOn: { host: string; port: number } = { host: config.HOST, port: config.PORT },
): Promise<{ server: Server; port: number }> {
  const server = createHttpServer(app, config, logger);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenOn.port, listenOn.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}
