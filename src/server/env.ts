import { z } from 'zod';

// Every environment variable Cadence reads is declared and validated here, once.
// A bad value is reported in one line that names the variable (never its value,
// which may hold a password).

/** A URL with one of `protocols` (and a host, when `needsHost`); otherwise `message`. */
function urlOf(protocols: readonly string[], message: string, { needsHost = false } = {}) {
  return z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return protocols.includes(url.protocol) && (!needsHost || url.hostname !== '');
      } catch {
        return false;
      }
    }, message);
}

const postgresUrl = urlOf(['postgresql:', 'postgres:'], 'must be a postgresql://user@host:port/database URL', { needsHost: true });
const redisUrl = urlOf(['redis:', 'rediss:'], 'must be a redis://host:port URL');

/** The embedded database's buffer cache unless PGLITE_SHARED_BUFFERS_MB says otherwise (decision 030). */
export const defaultPgliteSharedBuffersMb = 32;

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const ZEnvironment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('0.0.0.0')),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('.data')),
  /** The embedded database's buffer cache in MB (PostgreSQL's shared_buffers); the app's process holds all of it from the start (decision 030). */
  PGLITE_SHARED_BUFFERS_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(8, 'must be at least 8').max(4096, 'must be at most 4096').default(defaultPgliteSharedBuffersMb)),
  REDIS_URL: z.preprocess(emptyAsUndefined, redisUrl.optional()),
  /** This instance's name behind a proxy; it starts every socket.io session id, so the proxy can pin long-polling to it. */
  INSTANCE_ID: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9]{1,16}$/, 'must be 1 to 16 lower-case letters or digits').optional()),
  NEXTAUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'must be at least 32 characters long').optional(),
  ),
  NEXTAUTH_URL: z.preprocess(emptyAsUndefined, z.url('must be an absolute http(s) URL').optional()),
  /** Believe X-Forwarded-Proto (set it only behind a TLS proxy that overwrites the header). */
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1'),
  ),
});

export type TEnvironment = z.infer<typeof ZEnvironment>;

export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

/** Parses an environment, throwing an EnvironmentError with a one-line message. */
export function parseEnvironment(source: Record<string, string | undefined>): TEnvironment {
  const result = ZEnvironment.safeParse(source);
  if (result.success) {
    if (result.data.REDIS_URL && !result.data.NEXTAUTH_SECRET) {
      throw new EnvironmentError(
        'Invalid environment: NEXTAUTH_SECRET must be set when REDIS_URL is set, so that every instance signs sessions alike',
      );
    }
    return result.data;
  }
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new EnvironmentError(`Invalid environment: ${problems.join('; ')}`);
}

let cached: TEnvironment | undefined;

/** The validated process environment (parsed once). */
export function getEnvironment(): TEnvironment {
  cached ??= parseEnvironment(process.env);
  return cached;
}
