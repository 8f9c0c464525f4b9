// Which bind addresses and Host names stay on this machine. Shared by the config rule (binding
// beyond loopback needs a guard) and the Host check (loopback names are always answered).

/** Host header names that mean this machine. */
export const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for addresses only this machine can reach: localhost, 127.0.0.0/8, ::1 (bracketed or not). */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  return (
    name === 'localhost' ||
    name === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) ||
    /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
  );
}
