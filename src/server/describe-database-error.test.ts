import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeDatabaseError, isDatabaseUnavailable } from './describe-database-error';
import { EnvironmentError } from './env';
import { MigrationError } from './migrations';

// The shapes below are copied from what node-postgres 8 and Prisma 7 (with
// @prisma/adapter-pg) really throw for each situation.

function socketError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

function serverError(message: string, code: string): Error {
  return Object.assign(new Error(message), { name: 'DatabaseError', code, severity: 'FATAL' });
}

function prismaError(cause: Record<string, unknown>): Error {
  return Object.assign(
    new Error('\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `…`'),
    {
      name: 'PrismaClientKnownRequestError',
      code: 'P2010',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
    },
  );
}

const where = 'PostgreSQL at 127.0.0.1:1/x';

describe('describeDatabaseError', () => {
  it.each([
    [
      'names the server and the system call when the connection is refused',
      socketError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED', syscall: 'connect', errno: -111, address: '127.0.0.1', port: 1 }),
      where,
      'cannot reach PostgreSQL at 127.0.0.1:1/x (connect ECONNREFUSED)',
    ],
    [
      'names the address it tried when it is not told where',
      socketError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED', syscall: 'connect', errno: -111, address: '127.0.0.1', port: 1 }),
      undefined,
      'cannot reach PostgreSQL at 127.0.0.1:1 (connect ECONNREFUSED)',
    ],
    [
      'reports a host name that does not resolve',
      socketError('getaddrinfo ENOTFOUND db.invalid', { code: 'ENOTFOUND', syscall: 'getaddrinfo', errno: -3008, hostname: 'db.invalid' }),
      undefined,
      'cannot reach PostgreSQL at db.invalid (getaddrinfo ENOTFOUND)',
    ],
    [
      'reports a connection the system timed out',
      socketError('connect ETIMEDOUT 10.0.0.9:5432', { code: 'ETIMEDOUT', syscall: 'connect', address: '10.0.0.9', port: 5432 }),
      undefined,
      'cannot reach PostgreSQL at 10.0.0.9:5432 (connect ETIMEDOUT)',
    ],
    ['reports a connection the driver timed out', new Error('timeout expired'), where, `cannot reach ${where} (timed out)`],
    ['reports a connection ended by its timeout', new Error('Connection terminated due to connection timeout'), where, `cannot reach ${where} (timed out)`],
  ])('%s', (_situation, error, target, expected) => {
    expect(describeDatabaseError(error, target)).toBe(expected);
  });

  it('looks inside the AggregateError Node raises when every address of a host fails', () => {
    const refused = socketError('connect ECONNREFUSED ::1:5432', {
      code: 'ECONNREFUSED',
      syscall: 'connect',
      address: '::1',
      port: 5432,
    });
    expect(describeDatabaseError(new AggregateError([refused], ''), where)).toBe(
      `cannot reach ${where} (connect ECONNREFUSED)`,
    );
  });

  it('explains server refusals: missing database, bad password, unknown role', () => {
    expect(describeDatabaseError(serverError('database "nothing" does not exist', '3D000'), where)).toBe(
      `${where}: database "nothing" does not exist (create it, or use another database)`,
    );
    expect(
      describeDatabaseError(serverError('password authentication failed for user "cadence"', '28P01'), where),
    ).toBe(`${where}: password authentication failed for user "cadence" (check the user name and password)`);
    expect(describeDatabaseError(serverError('role "nobody" does not exist', '28000'), where)).toBe(
      `${where} refused the connection: role "nobody" does not exist`,
    );
  });

  it('reads the driver adapter error inside a Prisma client error', () => {
    expect(describeDatabaseError(prismaError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 }))).toBe(
      'cannot reach PostgreSQL at 127.0.0.1:1 (connection refused or host not found)',
    );
    expect(
      describeDatabaseError(prismaError({ kind: 'DatabaseDoesNotExist', db: 'nothing', originalCode: '3D000' }), where),
    ).toBe(`${where}: database "nothing" does not exist (create it, or use another database)`);
    expect(describeDatabaseError(prismaError({ kind: 'AuthenticationFailed', user: 'cadence' }), where)).toBe(
      `${where}: password authentication failed for user "cadence" (check the user name and password)`,
    );
    expect(
      describeDatabaseError(
        prismaError({ kind: 'DatabaseAccessDenied', originalMessage: 'role "nobody" does not exist' }),
        where,
      ),
    ).toBe(`${where} refused the connection: role "nobody" does not exist`);
  });

  it('keeps the useful last line of any other Prisma client error', () => {
    const error = new Error('\nInvalid `prisma.deal.create()` invocation:\n\n\nUnique constraint failed on the fields: (`id`)');
    expect(describeDatabaseError(error)).toBe('Unique constraint failed on the fields: (`id`)');
  });

  it('passes the messages of Cadence’s own errors through unchanged', () => {
    expect(describeDatabaseError(new EnvironmentError('Invalid environment: PORT Invalid input'))).toBe(
      'Invalid environment: PORT Invalid input',
    );
    expect(describeDatabaseError(new MigrationError('Migration failed: boom'))).toBe('Migration failed: boom');
  });

  it('describes values that are not errors', () => {
    expect(describeDatabaseError('plain text')).toBe('plain text');
    expect(describeDatabaseError({ reason: 'odd' })).toBe('{"reason":"odd"}');
    expect(describeDatabaseError(undefined)).toBe('undefined');
  });

  it('always answers with exactly one non-empty line', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (message, whereText) => {
        const line = describeDatabaseError(new Error(message), whereText);
        expect(line).not.toContain('\n');
        expect(line.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('isDatabaseUnavailable', () => {
  it('is true for a server that cannot be reached, is restarting or dropped the connection', () => {
    const refused = socketError('connect ECONNREFUSED 127.0.0.1:5499', { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // pg-pool, when every connection stays busy past connectionTimeoutMillis.
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(serverError('sorry, too many clients already', '53300'))).toBe(true);
    expect(isDatabaseUnavailable(prismaError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5499 }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError({ kind: 'ConnectionClosed' }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError({ kind: 'postgres', code: '57P01', severity: 'FATAL', message: 'terminating connection' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Can't reach database server at 127.0.0.1:5499"), { code: 'P1001' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: refused }))).toBe(true);
  });

  it('is false for errors a retry would not cure', () => {
    expect(isDatabaseUnavailable(new Error('Unique constraint failed on the fields: (`id`)'))).toBe(false);
    expect(isDatabaseUnavailable(serverError('database "nothing" does not exist', '3D000'))).toBe(false);
    expect(isDatabaseUnavailable(prismaError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['id'] } }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError({ kind: 'postgres', code: '22P05', severity: 'ERROR', message: 'unsupported Unicode escape sequence' }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('down')).toBe(false);
  });
});
