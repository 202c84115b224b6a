import { boardOperation } from '@/server/openapi/board-documentation';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/boards/team/{teamId}',
  operations: {
    get: boardOperation("Read a team's board", "A team's board, one lane per rep. The team's members, lead and manager, and admins, may read it.", {
      403: 'You are not in, leading or managing this team',
      404: 'No such team',
    }),
  },
});
