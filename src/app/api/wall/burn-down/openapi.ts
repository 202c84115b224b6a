import { z } from 'zod';
import { ZMonthParameter } from '@/schemas/query';
import { ZBurnDown, ZPacingScopeKind } from '@/schemas/wall';
import { describeRoute, figuresNotAddable, ok } from '@/server/openapi/describe-route';

export const ZBurnDownQuery = z.object({
  kind: ZPacingScopeKind.meta({ description: 'Whose burn-down' }),
  id: z.string().min(1).max(100).optional().meta({ description: 'The rep’s, team’s or office’s id; required unless kind is company' }),
  month: ZMonthParameter.optional().meta({ description: 'YYYY-MM (default: the current month)' }),
});

export const documentation = describeRoute({
  path: '/api/wall/burn-down',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Read a burn-down',
      description:
        'The 2D burn-down of a rep, team, office or the company for a month: remaining revenue each day against the ideal line over working days, and the projection to month end. `id` is required unless `kind` is company; a scope with no figures that month answers 404.',
      query: ZBurnDownQuery,
      responses: ok('One point per day of the month', { burnDown: ZBurnDown }),
      errors: { 404: 'No rep, team or office with that id has figures for the month', ...figuresNotAddable },
    },
  },
});
