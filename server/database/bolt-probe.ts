// Does the database process answer at all? A fresh connection and Bolt's version handshake (the
// first 4 bytes of any Bolt session: no credentials, no query) tell a frozen or dead database
// from a busy one: Neo4j's network threads answer the handshake even while every query thread is
// busy, but not while the JVM is stopped (SIGSTOP), paused by a full GC, or gone. A query probe
// through the driver cannot tell: on a loaded machine its cold connection, login and planning
// alone can take seconds. The driver has no call for this, hence these few lines.
import net from 'node:net';
import tls from 'node:tls';

/** Bolt's magic preamble, then four proposed versions: 5.x down to 4.x, as the driver sends. */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x02, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00,
]);

/** How long a database may take to answer a handshake before it is taken for frozen or gone. */
export const PROBE_TIMEOUT_MS = 2_500;

/** Resolves once the server at `uri` answers a Bolt handshake; rejects on refusal or after `timeoutMs`. */
export function probeBolt(uri: string, timeoutMs: number): Promise<void> {
  const url = new URL(uri);
  const port = Number(url.port || 7687);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const encrypted = url.protocol.endsWith('+s:') || url.protocol.endsWith('+ssc:');
  return new Promise((resolve, reject) => {
    const socket = encrypted
      ? tls.connect({ host, port, servername: host, rejectUnauthorized: !url.protocol.endsWith('+ssc:') })
      : net.connect({ host, port });
    const finish = (error?: Error) => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(`no Bolt handshake within ${timeoutMs} ms`)), timeoutMs);
    socket.once(encrypted ? 'secureConnect' : 'connect', () => socket.write(HANDSHAKE));
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) finish();
    });
    socket.once('error', (error) => finish(error));
    socket.once('close', () => finish(new Error('the connection closed before the Bolt handshake')));
  });
}
