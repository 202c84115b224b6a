import type { z } from 'zod';
import type { TApiErrorBody, TApiErrorCode, TApiIssue } from '@/schemas/api-error';

// The browser's one way to the JSON API: `request` sends JSON, parses the reply with the
// contract's schema and turns any refusal into an ApiError, rebuilt from the same
// ZApiErrorBody schema the server writes its errors with (src/server/http.ts).
//
// zod is imported for types only: the board must become interactive before zod loads
// (decision 008), so reply schemas may be given as loaders and the error schema itself is
// loaded with the first refusal.

export type ApiErrorCode = TApiErrorCode | 'NETWORK';

const statusCodes: Record<number, TApiErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
};

const networkMessage = 'Cadence could not be reached. Check your connection and try again.';
const badReplyMessage = 'Cadence sent a reply this page does not understand. Reload and try again.';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** Field errors from the server's zod schema, by dotted path. */
  readonly issues: TApiIssue[];
  /** What the refusal adds for the page to act on (a 409's current deal, a goal grid's past months). */
  readonly details: unknown;

  constructor(options: { status: number; code: ApiErrorCode; message: string; issues?: TApiIssue[]; details?: unknown }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.issues = options.issues ?? [];
    this.details = options.details;
  }

  /** Rebuilds the error from a parsed error body, or from the status alone when the body is not one. */
  static fromBody(status: number, body: TApiErrorBody | null): ApiError {
    if (!body) {
      return new ApiError({
        status,
        code: statusCodes[status] ?? 'INTERNAL',
        message: status === 401 ? 'Your session has ended. Sign in again.' : `Cadence answered ${status}. Try again.`,
      });
    }
    return new ApiError({
      status,
      code: body.error.code,
      message: body.error.message || `Cadence answered ${status}. Try again.`,
      issues: body.error.issues,
      details: body.details,
    });
  }

  /** Reads an error answer's body with ZApiErrorBody. */
  static async fromResponse(response: Response): Promise<ApiError> {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON: the status alone explains it.
    }
    const { ZApiErrorBody } = await import('@/schemas/api-error');
    const parsed = ZApiErrorBody.safeParse(body);
    return ApiError.fromBody(response.status, parsed.success ? parsed.data : null);
  }
}

/** A reply schema, or a loader of one (so that zod need not load with the page). */
export type ReplySchema<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions<T> = {
  /** Sent as JSON; a FormData (a file upload) is sent as multipart. */
  body?: unknown;
  /** Parses the reply; without it the reply is not read. */
  reply?: ReplySchema<T>;
  signal?: AbortSignal;
  /** Extra request headers (a paired screen's secret). */
  headers?: Record<string, string>;
  /**
   * Send again, unchanged, when the network fails (no answer at all): only for reads and for
   * changes that carry an idempotency key, which the server applies once however many arrive.
   */
  retryOnNetworkFailure?: boolean;
  /**
   * Send again while the server answers 503 (its database unreachable or restarting), after
   * the wait its Retry-After asks for, for up to 45 seconds: only for requests that are safe
   * to repeat, as above.
   */
  retryWhileUnavailable?: boolean;
};

const retryDelaysMilliseconds = [400, 1_500];
/** How long a request keeps being retried while the server answers 503. */
const unavailableRetryBudgetMilliseconds = 45_000;

/** The wait a 503 asks for (Retry-After in seconds), kept between 1 and 5 seconds. */
function retryAfterMilliseconds(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Math.min(5_000, Math.max(1_000, Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 2_000));
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function send(method: HttpMethod, path: string, options: RequestOptions<unknown>, body: BodyInit | undefined, contentType: string | null): Promise<Response> {
  const startedAt = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        signal: options.signal,
        headers: { ...options.headers, accept: 'application/json', ...(contentType ? { 'content-type': contentType } : {}) },
        body,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const delay = options.retryOnNetworkFailure ? retryDelaysMilliseconds[attempt] : undefined;
      if (delay === undefined) throw new ApiError({ status: 0, code: 'NETWORK', message: networkMessage });
      await wait(delay);
      continue;
    }
    if (response.status === 503 && options.retryWhileUnavailable) {
      const delay = retryAfterMilliseconds(response);
      if (Date.now() + delay - startedAt <= unavailableRetryBudgetMilliseconds) {
        attempt = -1;
        await wait(delay);
        continue;
      }
    }
    return response;
  }
}

/** Sends one request and returns the reply parsed with `options.reply`; throws ApiError on any failure. */
export async function request<T = void>(method: HttpMethod, path: string, options: RequestOptions<T> = {}): Promise<T> {
  const schemaPromise = typeof options.reply === 'function' ? options.reply() : Promise.resolve(options.reply);
  const isJson = options.body !== undefined && !(options.body instanceof FormData);
  const sent = options.body === undefined ? undefined : isJson ? JSON.stringify(options.body) : (options.body as FormData);
  const response = await send(method, path, options as RequestOptions<unknown>, sent, isJson ? 'application/json' : null);
  if (!response.ok) throw await ApiError.fromResponse(response);
  const schema = await schemaPromise;
  if (!schema) return undefined as T;
  let body: unknown;
  try {
    const text = await response.text();
    body = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ status: response.status, code: 'INTERNAL', message: badReplyMessage });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.warn(`Unexpected reply from ${method} ${path}`, parsed.error.issues);
    throw new ApiError({ status: response.status, code: 'INTERNAL', message: badReplyMessage });
  }
  return parsed.data;
}

/**
 * The line to show for anything `request` threw: the server's reason (written for people),
 * or, when it named fields, a pointer to them (each field shows its own message).
 */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.issues.length > 0 ? 'Check the highlighted fields.' : error.message;
  return 'Something went wrong. Try again.';
}

/** Joins path segments, encoding each but the first. */
export function apiPath(...segments: string[]): string {
  return segments.map((segment, index) => (index === 0 ? segment : encodeURIComponent(segment))).join('/');
}
