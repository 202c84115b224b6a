import { z } from 'zod';
import { isDomainError } from '@/domain/domain-error';
import type { TApiErrorBody } from '@/schemas/api-error';
import { textProblem } from '@/schemas/primitives';
import { AppError, type ErrorCode } from './errors';
import { describeDatabaseError, isDatabaseUnavailable } from './describe-database-error';

// Shapes every JSON API response and maps errors to statuses in exactly one place. Every
// error body has the shape of ZApiErrorBody, which the browser's API client reads back.

export type ApiErrorBody = TApiErrorBody;

export function json<T>(body: T, init?: ResponseInit): Response {
  return Response.json(body, init);
}

/** Seconds a client is asked to wait before retrying a request the database could not serve. */
export const databaseRetryAfterSeconds = 5;

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
    const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    return Response.json(error.details === undefined ? body : { ...body, details: error.details }, {
      status: error.status,
      headers:
        typeof retryAfter === 'number'
          ? { 'retry-after': String(retryAfter) }
          : error.code === 'UNAVAILABLE'
            ? { 'retry-after': String(databaseRetryAfterSeconds) }
            : undefined,
    });
  }
  if (isDatabaseUnavailable(error)) {
    // PostgreSQL is down, restarting or out of connections: nothing was written (or the
    // transaction rolled back), and the same request (with the same idempotency key)
    // may be sent again shortly.
    console.warn(`Database unavailable: ${describeDatabaseError(error)}`);
    const body: ApiErrorBody = {
      error: { code: 'UNAVAILABLE', message: "Cadence can't reach its database right now; try again in a few seconds." },
    };
    return Response.json(body, { status: 503, headers: { 'retry-after': String(databaseRetryAfterSeconds), 'cache-control': 'no-store' } });
  }
  if (isDomainError(error)) {
    // Rules of the domain core: a refused role is 403, a broken rule 422.
    const code: ErrorCode = error.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'UNPROCESSABLE';
    return errorResponse(new AppError(code, error.message, { rule: error.code }));
  }
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((issue) => ({
      path: issue.path.join('.') || '(body)',
      message: issue.message,
    }));
    const body: ApiErrorBody = {
      error: {
        code: 'BAD_REQUEST',
        message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
        issues,
      },
    };
    return Response.json(body, { status: 400 });
  }
  console.error('Unhandled error in API route', error);
  const body: ApiErrorBody = { error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } };
  return Response.json(body, { status: 500 });
}

/** Reads a JSON body, turning malformed JSON into a 400 rather than a crash. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  assertStorableText(body, '(body)');
  return body;
}

/**
 * Refuses a value holding a string PostgreSQL cannot store (a NUL byte, a lone
 * surrogate), wherever it sits: in a field no schema reads, or in an object key.
 */
export function assertStorableText(value: unknown, where: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw new AppError('BAD_REQUEST', `${where}: ${problem}.`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertStorableText(item, `${where}.${index}`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      assertStorableText(key, where);
      assertStorableText(item, where === '(body)' ? key : `${where}.${key}`);
    }
  }
}

type RouteContext = { params?: Promise<Record<string, string | string[]>> };

/** Refuses a path parameter or query value that no id or text could be. */
async function assertStorableRequest(args: unknown[]): Promise<void> {
  const [request, context] = args as [unknown, RouteContext | undefined];
  if (context?.params) {
    for (const [name, value] of Object.entries(await context.params)) assertStorableText(value, `path parameter ${name}`);
  }
  if (request instanceof Request) {
    for (const [name, value] of new URL(request.url).searchParams) {
      assertStorableText(name, 'query');
      assertStorableText(value, `query parameter ${name}`);
    }
  }
}

/** Wraps a route handler so that every thrown error becomes a proper JSON response. */
export function handleErrors<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      await assertStorableRequest(args);
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
