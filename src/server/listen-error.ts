// A server that cannot listen is a user's mistake far more often than a bug (another copy still
// runs, a port below 1024, a typo in --host): it is told in one line, with what to change, instead
// of Node's stack trace.

export interface ListenTarget {
  /** What was starting, e.g. "the mock ARM API". */
  what: string;
  host: string;
  port: number;
  /** How to choose another port, e.g. "--api-port" or "MOCK_API_PORT". */
  portSetting: string;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** One line saying why `target` could not listen, and what to do about it. */
export function describeListenError(error: unknown, target: ListenTarget): string {
  const { what, host, port, portSetting } = target;
  switch (codeOf(error)) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use, so ${what} cannot start: stop what uses it, or choose another port with ${portSetting} (0 = a free port)`;
    case 'EACCES':
      return `${what} may not listen on port ${port} on ${host} (ports below 1024 need privileges): choose another port with ${portSetting}`;
    case 'EADDRNOTAVAIL':
      return `${host} is not an address of this machine, so ${what} cannot listen on it: use 127.0.0.1, localhost or 0.0.0.0`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name ${host} could not be resolved, so ${what} cannot listen on it`;
    default:
      return `${what} could not start on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
