import { ZFlowScope, ZMonthFlowReport } from '@/schemas/signals';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/wall/flow',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Read the month’s flow',
      description:
        'How a team’s or an office’s pipeline for the current month (open deals expected to close in it, in the office’s zone and currency) changed since the month began: new, pulled in, pushed out, won, lost and adjusted. opening + new + pulledIn − pushedOut − won − lost + adjusted = closing.',
      query: ZFlowScope,
      responses: ok('The month’s flow', { flow: ZMonthFlowReport }),
      errors: { 404: 'No such team or office' },
    },
  },
});
