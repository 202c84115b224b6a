import { z } from 'zod';

// The month's flow (src/domain/signals/month-flow.ts) as the API returns it.

export const ZFlowScope = z.object({
  kind: z.enum(['team', 'office'], { error: 'kind must be team or office' }),
  id: z.string().min(1, 'Name the team or office by id').max(100),
});
export type TFlowScope = z.infer<typeof ZFlowScope>;

const ZFlowFigure = z.object({ count: z.number().int(), amountMinor: z.number().int() });

export const ZMonthFlow = z.object({
  opening: ZFlowFigure,
  new: ZFlowFigure,
  pulledIn: ZFlowFigure,
  pushedOut: ZFlowFigure,
  won: ZFlowFigure.extend({ closedAmountMinor: z.number().int() }),
  lost: ZFlowFigure,
  adjusted: ZFlowFigure,
  closing: ZFlowFigure,
});

export const ZMonthFlowReport = z.object({
  scope: ZFlowScope,
  name: z.string(),
  /** YYYY-MM, the current month in the office's zone. */
  month: z.string(),
  currency: z.string(),
  locale: z.string(),
  flow: ZMonthFlow,
});
export type TMonthFlowReport = z.infer<typeof ZMonthFlowReport>;

export const ZRiskSignal = z.object({
  kind: z.enum(['pushed', 'stale', 'champion-gone', 'next-step-overdue', 'close-date-past']),
  label: z.string(),
  why: z.string(),
});
export type TRiskSignal = z.infer<typeof ZRiskSignal>;
