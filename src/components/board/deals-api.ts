import type { z } from 'zod';
import { ApiError, request, type HttpMethod } from '@/lib/api-client';
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

// The board's endpoints of the deal API, sent through the one API
// client: each returns the parsed reply or throws ApiError. Every change carries an
// idempotency key made once per user action, so a request sent again (after the network
// failed, or while the server answers 503 for up to 45 s) is applied once. The reply schemas load with the first request, not with the
// board (decision 008).

export type DealResult = { deal: TDealCard; change: TDealChange };
export type DealWithHistory = { deal: TDealCard; history: TDealChange[] };

async function send<T>(method: HttpMethod, path: string, reply: (schemas: ApiSchemas) => z.ZodType<T>, body?: unknown): Promise<T> {
  try {
    return await request(method, path, { body, reply: async () => reply(await loadSchemas()), retryOnNetworkFailure: true, retryWhileUnavailable: true });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'CONFLICT') throw error;
    // A 409 carries the deal as it is now: checked like any reply before the board uses it.
    const details = (await loadSchemas()).ZConflictDetails.safeParse(error.details);
    throw new ApiError({ status: error.status, code: error.code, message: error.message, issues: error.issues, details: details.success ? details.data : undefined });
  }
}

/** On a 409: the deal as it really is now (the server sends it in the refusal's details). */
export function currentDealOf(error: unknown): TDealCard | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return null;
  return (error.details as { deal?: TDealCard } | undefined)?.deal ?? null;
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
  const reply = await send('GET', `${boardApiPath(scope)}${query}`, (schemas) => schemas.ZBoardReply);
  return reply.board;
}

const dealPath = (dealId: string, action?: string) => `/api/deals/${encodeURIComponent(dealId)}${action ? `/${action}` : ''}`;

export function fetchDeal(dealId: string): Promise<DealWithHistory> {
  return send('GET', dealPath(dealId), (schemas) => schemas.ZDealWithHistory);
}

export function requestCreateDeal(input: TCreateDealInput): Promise<DealResult> {
  return send('POST', '/api/deals', (schemas) => schemas.ZDealResult, input);
}

export type { TDealChange };

/** Each change to an existing deal: its route (method and path under /api/deals/:id) and body. */
const dealChangeRoutes = {
  update: ['PATCH', undefined],
  delete: ['DELETE', undefined],
  move: ['POST', 'move'],
  close: ['POST', 'close'],
  reopen: ['POST', 'reopen'],
  restore: ['POST', 'restore'],
  // Deal signals: the next step, one-click activities and the people on a deal.
  setNextStep: ['PUT', 'next-step'],
  logActivity: ['POST', 'activities'],
  saveContacts: ['PUT', 'contacts'],
} as const satisfies Record<string, readonly ['POST' | 'PUT' | 'PATCH' | 'DELETE', string | undefined]>;

type DealChangeInputs = {
  update: TUpdateDealInput;
  delete: TVersionedInput;
  move: TMoveDealInput;
  close: TCloseDealInput;
  reopen: TReopenDealInput;
  restore: TVersionedInput;
  setNextStep: TSetNextStepInput;
  logActivity: TLogActivityInput;
  saveContacts: TSaveContactsInput;
};
export type DealChangeOperation = keyof DealChangeInputs;

/** Sends one change to an existing deal; the server's use case of the same operation applies it. */
export function requestDealChange<Operation extends DealChangeOperation>(
  operation: Operation,
  dealId: string,
  input: DealChangeInputs[Operation],
): Promise<DealResult> {
  const [method, action] = dealChangeRoutes[operation];
  return send(method, dealPath(dealId, action), (schemas) => schemas.ZDealResult, input);
}
