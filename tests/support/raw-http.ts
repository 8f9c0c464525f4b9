// Raw sockets for what fetch cannot do: slow clients, oversized or malformed requests, Host headers.
import http from 'node:http';
import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Parses what the server wrote on a socket (one HTTP/1.1 response, body up to the end). */
export function parseRawAnswer(text: string): RawAnswer {
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
    headers,
    body: end === -1 ? '' : text.slice(end + 4),
  };
}

/** A socket whose received bytes and closing time are recorded. */
export function openRawSocket(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  const openedAt = Date.now();
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {}); // a reset by the server is an expected outcome here
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - openedAt)));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    socket,
    connected,
    /** Milliseconds from connecting to the socket's close. */
    closed,
    received: () => received,
  };
}

/** Sends bytes as they are and waits for the server to close the socket. */
export async function rawExchange(port: number, request: string): Promise<RawAnswer> {
  const raw = openRawSocket(port);
  raw.socket.write(request);
  await raw.closed;
  return parseRawAnswer(raw.received());
}

/** GET with a Host header of our choosing (fetch does not let one set it). */
export function getWithHost(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}${path}`, { headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      })
      .on('error', reject);
  });
}
