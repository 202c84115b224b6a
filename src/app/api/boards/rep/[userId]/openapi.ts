import { boardOperation } from '@/server/openapi/board-documentation';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/boards/rep/{userId}',
  operations: {
    get: boardOperation("Read a rep's board", "One rep's deals. The rep, their team's lead and manager, and admins, may read it.", {
      403: 'You may not see this rep’s deals',
      404: 'No such person',
    }),
  },
});
