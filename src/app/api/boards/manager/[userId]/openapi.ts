import { boardOperation } from '@/server/openapi/board-documentation';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/boards/manager/{userId}',
  operations: {
    get: boardOperation("Read a manager's board", 'Every team a manager manages, on one board. The manager and admins may read it.', {
      403: 'You may not see this manager’s teams',
      404: 'No such manager',
    }),
  },
});
