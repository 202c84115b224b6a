import { decode } from 'next-auth/jwt';
import { prisma } from '@/server/db';
import { getEnvironment } from '@/server/env';
import { AppError } from '@/server/errors';
import { hashApiToken } from './api-token';
import { assertNotThrottled, clientAddress, recordFailure } from './throttle';
import { loadSessionUser, sessionUserColumns, toSessionUser, type SessionUser } from './session-user';

// Resolves who sent a request: a personal API token (Authorization: Bearer) or the
// next-auth session cookie. Route handlers and the socket.io handshake both use it.

const sessionCookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token'];
const lastUsedResolutionMs = 60_000;

function parseCookies(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** The session token from a Cookie header; next-auth splits large ones into .0, .1, … */
function readSessionToken(cookieHeader: string | null | undefined): string | null {
  const cookies = parseCookies(cookieHeader);
  for (const name of sessionCookieNames) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks: string[] = [];
    for (let index = 0; cookies.has(`${name}.${index}`); index += 1) chunks.push(cookies.get(`${name}.${index}`)!);
    if (chunks.length > 0) return chunks.join('');
  }
  return null;
}

export function authSecret(): string {
  const secret = getEnvironment().NEXTAUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new AppError('UNAVAILABLE', 'The server has no NEXTAUTH_SECRET configured.');
  return secret;
}

/**
 * What a request or a socket rests on: a session (its user and the generation it was
 * issued in) or a personal API token. A socket keeps it, and is ended when it no
 * longer holds (src/realtime/credential-sweep.ts).
 */
export type Credential = { kind: 'session'; userId: string; generation: number } | { kind: 'token'; userId: string; tokenId: string };

export type Authenticated = { user: SessionUser; credential: Credential };

/** The user and session behind a session cookie header, or null. */
export async function sessionFromCookieHeader(cookieHeader: string | null | undefined): Promise<Authenticated | null> {
  const token = readSessionToken(cookieHeader);
  if (!token) return null;
  const claims = await decode({ token, secret: authSecret() }).catch(() => null);
  if (!claims?.sub) return null;
  // A cookie issued before generations were kept counts as generation 0.
  const generation = typeof claims.generation === 'number' ? claims.generation : 0;
  const user = await loadSessionUser(claims.sub, generation);
  return user ? { user, credential: { kind: 'session', userId: user.id, generation } } : null;
}

/** The user behind a session cookie header, or null. */
export async function userFromCookieHeader(cookieHeader: string | null | undefined): Promise<SessionUser | null> {
  return (await sessionFromCookieHeader(cookieHeader))?.user ?? null;
}

type TokenRow = Parameters<typeof toSessionUser>[0] & { tokenId: string; revokedAt: Date | null; lastUsedAt: Date | null };

/** The user behind a personal API token, or null when it is unknown or revoked. One read: the token and its user. */
export async function userFromApiToken(token: string): Promise<SessionUser | null> {
  return (await sessionFromApiToken(token))?.user ?? null;
}

/** The user and token behind a personal API token, or null when it is unknown or revoked. */
export async function sessionFromApiToken(token: string): Promise<Authenticated | null> {
  const [record] = await prisma.$queryRaw<TokenRow[]>`
    SELECT k."id" AS "tokenId", k."revokedAt", k."lastUsedAt", ${sessionUserColumns}
    FROM "ApiToken" k JOIN "User" u ON u."id" = k."userId"
    WHERE k."tokenHash" = ${hashApiToken(token)}`;
  if (!record || record.revokedAt) return null;
  const user = toSessionUser(record);
  if (!user) return null;
  const credential: Credential = { kind: 'token', userId: user.id, tokenId: record.tokenId };
  const now = new Date();
  const lastUsedAt = record.lastUsedAt ? new Date(record.lastUsedAt) : null;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > lastUsedResolutionMs) {
    await prisma.apiToken.update({ where: { id: record.tokenId }, data: { lastUsedAt: now } });
  }
  return { user, credential };
}

/** The user a credential still stands for, or null when it was ended, revoked or deactivated. */
export async function recheckCredential(credential: Credential): Promise<SessionUser | null> {
  if (credential.kind === 'session') return loadSessionUser(credential.userId, credential.generation);
  const [record] = await prisma.$queryRaw<TokenRow[]>`
    SELECT k."id" AS "tokenId", k."revokedAt", k."lastUsedAt", ${sessionUserColumns}
    FROM "ApiToken" k JOIN "User" u ON u."id" = k."userId"
    WHERE k."id" = ${credential.tokenId}`;
  return record && !record.revokedAt ? toSessionUser(record) : null;
}

/** Which of these credentials still hold, as `credentialKey`s: one read per kind. */
export async function listValidCredentials(credentials: readonly Credential[]): Promise<Set<string>> {
  const valid = new Set<string>();
  const userIds = [...new Set(credentials.filter((credential) => credential.kind === 'session').map((credential) => credential.userId))];
  const tokenIds = [...new Set(credentials.flatMap((credential) => (credential.kind === 'token' ? [credential.tokenId] : [])))];
  if (userIds.length > 0) {
    const users = await prisma.$queryRaw<{ id: string; sessionGeneration: number }[]>`
      SELECT "id", "sessionGeneration" FROM "User" WHERE "id" = ANY(${userIds}::text[]) AND "active"`;
    for (const user of users) valid.add(credentialKey({ kind: 'session', userId: user.id, generation: Number(user.sessionGeneration) }));
  }
  if (tokenIds.length > 0) {
    const tokens = await prisma.$queryRaw<{ id: string }[]>`
      SELECT k."id" FROM "ApiToken" k JOIN "User" u ON u."id" = k."userId"
      WHERE k."id" = ANY(${tokenIds}::text[]) AND k."revokedAt" IS NULL AND u."active"`;
    for (const token of tokens) valid.add(`token:${token.id}`);
  }
  return valid;
}

export function credentialKey(credential: Credential): string {
  return credential.kind === 'session' ? `session:${credential.userId}:${credential.generation}` : `token:${credential.tokenId}`;
}

/** The requesting user, or null when the request carries no credentials at all. */
export async function authenticateRequest(request: Request): Promise<SessionUser | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError('UNAUTHORIZED', 'The Authorization header must read "Bearer <token>".');
    // Guessing tokens is throttled per address.
    const keys = [{ name: 'api-token', key: clientAddress(request) }] as const;
    await assertNotThrottled(keys);
    const user = await userFromApiToken(match[1]!);
    if (!user) {
      await recordFailure(keys);
      throw new AppError('UNAUTHORIZED', 'The API token is not valid or has been revoked.');
    }
    return user;
  }
  return userFromCookieHeader(request.headers.get('cookie'));
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await authenticateRequest(request);
  if (!user) throw new AppError('UNAUTHORIZED', 'Sign in, or send a personal API token as "Authorization: Bearer <token>".');
  return user;
}
