// Turns whatever went wrong while talking to the database into one line a person can
// act on. The command-line tools and the health check both use it. It reads the errors
// of node-postgres (`connect ECONNREFUSED …`, server errors with a SQLSTATE code) and
// of Prisma driver adapters (`meta.driverAdapterError.cause.kind`); anything else keeps
// its own message, shortened to one line. It never includes a stack trace.

const socketErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

type ErrorRecord = Record<string, unknown>;

function isRecord(value: unknown): value is ErrorRecord {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** "PostgreSQL at host:port" from what an error says about the server it tried. */
function describeServer(host: unknown, port: unknown): string {
  const hostName = text(host);
  if (!hostName) return 'the PostgreSQL server';
  const portText = typeof port === 'number' || typeof port === 'string' ? `:${port}` : '';
  return `PostgreSQL at ${hostName}${portText}`;
}

/** The message as one line; Prisma puts the useful part of its messages last. */
function firstUsefulLine(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return 'unknown error';
  const isPrismaInvocation = lines[0]?.startsWith('Invalid `') ?? false;
  return (isPrismaInvocation ? lines.at(-1) : lines[0]) ?? 'unknown error';
}

/** Node reports a failed connection to every address of a host as an AggregateError. */
function unwrapAggregate(error: ErrorRecord): ErrorRecord {
  const inner = error.errors;
  if (text(error.code) === undefined && Array.isArray(inner) && isRecord(inner[0])) return inner[0];
  return error;
}

function describeSocketError(error: ErrorRecord, where: string | undefined): string | undefined {
  const code = text(error.code);
  if (!code || !socketErrorCodes.has(code)) return undefined;
  const syscall = text(error.syscall);
  const server = where ?? describeServer(error.hostname ?? error.address, error.port);
  return `cannot reach ${server} (${syscall ? `${syscall} ${code}` : code})`;
}

/** Errors node-postgres raises itself, before the server has said anything. */
function describeConnectionLoss(error: ErrorRecord, where: string | undefined): string | undefined {
  const message = text(error.message) ?? '';
  const server = where ?? 'the PostgreSQL server';
  if (/timeout expired|connection timeout/i.test(message)) return `cannot reach ${server} (timed out)`;
  if (/^Connection terminated unexpectedly$/i.test(message)) {
    return `cannot reach ${server} (the connection closed unexpectedly)`;
  }
  return undefined;
}

/** Errors the server sends back (they carry a SQLSTATE code and a severity). */
function describeServerError(error: ErrorRecord, where: string | undefined): string | undefined {
  const code = text(error.code);
  const message = text(error.message);
  if (!code || !message || !text(error.severity)) return undefined;
  const server = where ?? 'PostgreSQL';
  switch (code) {
    case '3D000':
      return `${server}: ${message} (create it, or use another database)`;
    case '28P01':
      return `${server}: ${message} (check the user name and password)`;
    case '28000':
      return `${server} refused the connection: ${message}`;
    case '53300':
      return `${server}: too many connections (${message})`;
    default:
      return undefined;
  }
}

/** Errors a Prisma driver adapter converted, found on the error or in its `meta`. */
function describeDriverAdapterError(error: ErrorRecord, where: string | undefined): string | undefined {
  const meta = isRecord(error.meta) ? error.meta : undefined;
  const adapterError = isRecord(meta?.driverAdapterError) ? meta.driverAdapterError : error;
  const cause = adapterError.cause;
  if (!isRecord(cause) || !text(cause.kind)) return undefined;
  const server = where ?? describeServer(cause.host, cause.port);
  switch (cause.kind) {
    case 'DatabaseNotReachable':
      return `cannot reach ${server} (connection refused or host not found)`;
    case 'SocketTimeout':
      return `cannot reach ${server} (timed out)`;
    case 'ConnectionClosed':
      return `lost the connection to ${server}`;
    case 'DatabaseDoesNotExist':
      return `${server}: database "${text(cause.db) ?? '?'}" does not exist (create it, or use another database)`;
    case 'AuthenticationFailed':
      return `${server}: password authentication failed for user "${text(cause.user) ?? '?'}" (check the user name and password)`;
    case 'DatabaseAccessDenied':
      return `${server} refused the connection: ${text(cause.originalMessage) ?? 'access denied'}`;
    case 'TlsConnectionError':
      return `${server}: TLS connection failed (${text(cause.reason) ?? 'unknown reason'})`;
    case 'TooManyConnections':
      return `${server}: too many connections`;
    default:
      return undefined;
  }
}

/**
 * One line describing `error`. `where` names the database when the caller knows it,
 * e.g. "PostgreSQL at db.internal:5432/cadence" (see describeTarget in db.ts); without
 * it the host and port the error mentions are used.
 */
export function describeDatabaseError(error: unknown, where?: string): string {
  if (!isRecord(error)) return firstUsefulLine(String(error));
  const inner = unwrapAggregate(error);
  const described =
    describeSocketError(inner, where) ??
    describeConnectionLoss(inner, where) ??
    describeServerError(inner, where) ??
    describeDriverAdapterError(inner, where);
  if (described) return described;
  const message = text(inner.message) ?? text(error.message);
  return firstUsefulLine(message ?? describeValue(error));
}

function describeValue(value: ErrorRecord): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// ── Is the database out of reach? ─────────────────────────────────────────────────────
// A request that failed because PostgreSQL is down, restarting or out of connections
// may succeed when tried again in a few seconds: the API answers it with 503 and
// Retry-After (src/server/http.ts). Anything else (a constraint, a bad query) is not.

/** Prisma's own codes for a server it could not reach or that stopped answering. */
const unavailablePrismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver-adapter error kinds meaning the same. */
const unavailableAdapterKinds = new Set(['DatabaseNotReachable', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections']);
/**
 * SQLSTATEs of a server shutting down or starting up (57P01 admin shutdown, 57P02 crash
 * shutdown, 57P03 cannot connect now), of a lost connection (class 08) and of too many
 * connections (53300).
 */
const unavailableSqlStates = /^(57P0[123]|08...|53300)$/;
const lostConnectionMessage =
  /Connection terminated|connection timeout|timeout expired|Client has encountered a connection error|Can't reach database server|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Timed out fetching a new connection|timeout exceeded when trying to connect/i;

function isUnavailableRecord(error: ErrorRecord): boolean {
  const code = text(error.code);
  if (code && (socketErrorCodes.has(code) || unavailablePrismaCodes.has(code))) return true;
  if (code && text(error.severity) && unavailableSqlStates.test(code)) return true;
  if (text(error.kind) && unavailableAdapterKinds.has(error.kind as string)) return true;
  if (error.kind === 'postgres' && typeof error.code === 'string' && unavailableSqlStates.test(error.code)) return true;
  const message = text(error.message);
  return message !== undefined && lostConnectionMessage.test(message);
}

/**
 * Whether `error` says the database could not be reached or dropped the connection (so
 * the same request may succeed shortly), looking through Prisma's `meta`, driver-adapter
 * causes, `cause` chains and AggregateErrors.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!isRecord(current) || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableRecord(current)) return true;
    const meta = isRecord(current.meta) ? current.meta : undefined;
    pending.push(current.cause, meta?.driverAdapterError, current.driverAdapterError);
    if (Array.isArray(current.errors)) pending.push(...(current.errors as unknown[]));
  }
  return false;
}
