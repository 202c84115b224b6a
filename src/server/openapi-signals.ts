import { z } from 'zod';
import { ZDealCard, ZDealChange, ZLogActivityInput, ZSaveContactsInput, ZSetNextStepInput } from '@/schemas/deal';
import { ZMonthFlowReport } from '@/schemas/signals';
import type { Operation } from './openapi';

// The deal-signals part of the OpenAPI document: next steps, activities, contacts and
// the month's flow. Each deal write answers like every other deal change: the card and
// its DealEvent, which the board's sockets also carry as deal:changed.

const ZDealResult = z.object({ deal: ZDealCard, change: ZDealChange });

export const signalOperations: Operation[] = [
  {
    method: 'put',
    path: '/api/deals/{dealId}/next-step',
    summary: 'Set or clear a deal’s next step and its due date (up to 500 characters)',
    tag: 'Deals',
    body: ZSetNextStepInput,
    response: { status: 200, description: 'The deal with its next step', schema: ZDealResult },
    errors: [403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/deals/{dealId}/activities',
    summary: 'Log a call, email, meeting or note on an open deal; resets its stale clock',
    tag: 'Deals',
    body: ZLogActivityInput,
    response: { status: 200, description: 'The deal with its last activity; the change is an ACTIVITY_LOGGED event', schema: ZDealResult },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'put',
    path: '/api/deals/{dealId}/contacts',
    summary: 'Replace the people on a deal (at most one current champion)',
    tag: 'Deals',
    body: ZSaveContactsInput,
    response: { status: 200, description: 'The deal with its contacts', schema: ZDealResult },
    errors: [403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/wall/flow',
    summary: 'The month’s flow so far for a team or an office: new, pulled in, pushed out, won, lost',
    tag: 'Wall',
    query: {
      kind: { description: 'team or office', schema: z.enum(['team', 'office']) },
      id: { description: 'The team’s or office’s id', schema: z.string() },
    },
    response: { status: 200, description: 'The flow in the office’s currency', schema: z.object({ flow: ZMonthFlowReport }) },
    errors: [404],
  },
];
