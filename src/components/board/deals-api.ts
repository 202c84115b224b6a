import type { z } from 'zod';
import type {
  TBoard,
  TBoardScope,
  TCloseDealInput,
  TCreateDealInput,
  TDealCard,
  TDealChange,
  TMoveDealInput,
  TLogActivityInput,
  TReopenDealInput,
  TSaveContactsInput,
  TSetNextStepInput,
  TUpdateDealInput,
  TVersionedInput,
} from '@/schemas/deal';

type ApiSchemas = typeof import('./deal-api-schemas');
const loadSchemas = (): Promise<ApiSchemas> => import('./deal-api-schemas');

// The browser's side of the deal API: one function per endpoint, each returning the
// parsed reply or throwing DealApiError. Every change carries an idempotency key made
// once per user action, so a retried request is applied once.

export type DealApiErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNPROCESSABLE'
  | 'TOO_MANY_REQUESTS'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'NETWORK';

export class DealApiError extends Error {
  readonly code: DealApiErrorCode;
  readonly status: number;
  /** Field errors from the server's zod schema, by field path. */
  readonly issues: { path: string; message: string }[];
  /** On a 409: the deal as it really is now. */
  readonly currentDeal: TDealCard | null;

  constructor(options: {
    code: DealApiErrorCode;
    status: number;
    message: string;
    issues?: { path: string; message: string }[];
    currentDeal?: TDealCard | null;
  }) {
    super(options.message);
    this.name = 'DealApiError';
    this.code = options.code;
    this.status = options.status;
    this.issues = options.issues ?? [];
    this.currentDeal = options.currentDeal ?? null;
  }
}

export type DealResult = { deal: TDealCard; change: TDealChange };
export type DealWithHistory = { deal: TDealCard; history: TDealChange[] };

const knownCodes = new Set<string>([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  'INTERNAL',
]);

async function toError(response: Response): Promise<DealApiError> {
  const fallback = `Cadence answered ${response.status}. Try again.`;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: keep the fallback message.
  }
  const parsed = (await loadSchemas()).ZErrorBody.safeParse(body);
  if (!parsed.success) {
    return new DealApiError({ code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', status: response.status, message: fallback });
  }
  const { error, details } = parsed.data;
  return new DealApiError({
    code: knownCodes.has(error.code) ? (error.code as DealApiErrorCode) : 'INTERNAL',
    status: response.status,
    message: error.message || fallback,
    issues: error.issues,
    currentDeal: details?.deal ?? null,
  });
}

const retryDelaysMilliseconds = [400, 1_500];
/** How long a request keeps being retried while the server answers 503 (its database is down or restarting). */
const unavailableRetryBudgetMilliseconds = 45_000;

/** The wait a 503 asks for (Retry-After in seconds), kept between 1 and 5 seconds. */
function retryAfterMilliseconds(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Math.min(5_000, Math.max(1_000, Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 2_000));
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Sends one request. When the network fails (no answer at all) it is sent again, unchanged,
 * and so it is while the server answers 503 (its database is unreachable or restarting),
 * for up to 45 seconds, after the wait the answer's Retry-After asks for: a change carries
 * its idempotency key in the body, so the server applies it once however many copies arrive.
 */
async function request<T>(path: string, init: RequestInit, schemaOf: (schemas: ApiSchemas) => z.ZodType<T>): Promise<T> {
  const schema = schemaOf(await loadSchemas());
  const startedAt = Date.now();
  let response: Response | null = null;
  for (let attempt = 0; response === null; attempt += 1) {
    try {
      response = await fetch(path, {
        ...init,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      });
    } catch {
      const delay = retryDelaysMilliseconds[attempt];
      if (delay === undefined) {
        throw new DealApiError({ code: 'NETWORK', status: 0, message: 'Cadence could not be reached. Check your connection and try again.' });
      }
      await wait(delay);
      continue;
    }
    if (response.status === 503) {
      const delay = retryAfterMilliseconds(response);
      if (Date.now() + delay - startedAt <= unavailableRetryBudgetMilliseconds) {
        response = null;
        attempt = -1;
        await wait(delay);
      }
    }
  }
  if (!response.ok) throw await toError(response);
  return schema.parse(await response.json());
}

/** A new idempotency key: make one per user action and reuse it if that action is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function boardApiPath(scope: TBoardScope): string {
  switch (scope.kind) {
    case 'team':
      return `/api/boards/team/${encodeURIComponent(scope.teamId)}`;
    case 'rep':
      return `/api/boards/rep/${encodeURIComponent(scope.userId)}`;
    case 'manager':
      return `/api/boards/manager/${encodeURIComponent(scope.userId)}`;
    case 'company':
      return '/api/boards/company';
  }
}

export async function fetchBoard(scope: TBoardScope, completedMonth: string | null): Promise<TBoard> {
  const query = completedMonth ? `?completedMonth=${encodeURIComponent(completedMonth)}` : '';
  const reply = await request(`${boardApiPath(scope)}${query}`, { method: 'GET', cache: 'no-store' }, (schemas) => schemas.ZBoardReply);
  return reply.board;
}

export function fetchDeal(dealId: string): Promise<DealWithHistory> {
  return request(`/api/deals/${encodeURIComponent(dealId)}`, { method: 'GET', cache: 'no-store' }, (schemas) => schemas.ZDealWithHistory);
}

export function createDeal(input: TCreateDealInput): Promise<DealResult> {
  return request('/api/deals', { method: 'POST', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function updateDeal(dealId: string, input: TUpdateDealInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}`, { method: 'PATCH', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function deleteDeal(dealId: string, input: TVersionedInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}`, { method: 'DELETE', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function moveDeal(dealId: string, input: TMoveDealInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/move`, { method: 'POST', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function closeDeal(dealId: string, input: TCloseDealInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/close`, { method: 'POST', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function reopenDeal(dealId: string, input: TReopenDealInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/reopen`, { method: 'POST', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function restoreDeal(dealId: string, input: TVersionedInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/restore`, { method: 'POST', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export type { TDealChange };

// Deal signals: the next step, one-click activities and the people on a deal.

export function setNextStep(dealId: string, input: TSetNextStepInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/next-step`, { method: 'PUT', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function logActivity(dealId: string, input: TLogActivityInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/activities`, { method: 'POST', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}

export function saveContacts(dealId: string, input: TSaveContactsInput): Promise<DealResult> {
  return request(`/api/deals/${encodeURIComponent(dealId)}/contacts`, { method: 'PUT', body: JSON.stringify(input) }, (schemas) => schemas.ZDealResult);
}
