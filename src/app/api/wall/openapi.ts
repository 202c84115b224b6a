import { z } from 'zod';
import { ZMonthParameter, ZIdParameter } from '@/schemas/query';
import { ZWallSnapshot } from '@/schemas/wall';
import { describeRoute, figuresNotAddable, noSuchOffice, ok } from '@/server/openapi/describe-route';

export const ZWallQuery = z.object({
  officeId: ZIdParameter.optional().meta({ description: 'One office’s wall (default: the company’s)' }),
  month: ZMonthParameter.optional().meta({ description: 'YYYY-MM, the current month or an earlier one (default: the current month)' }),
});

export const documentation = describeRoute({
  path: '/api/wall',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Read the pacing wall',
      description:
        'A bar per rep, team and office (and the company) against the month’s goal: closed won, the pace marker and the projection. Every signed-in user may read every wall. A month that has not started yet answers 400.',
      query: ZWallQuery,
      responses: ok('The wall’s figures', { snapshot: ZWallSnapshot }),
      errors: { ...noSuchOffice, ...figuresNotAddable },
    },
  },
});
