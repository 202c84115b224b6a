import { describeBoardRoute } from '@/server/openapi/board-documentation';
import { noSuchPerson } from '@/server/openapi/describe-route';

export const documentation = describeBoardRoute('/api/boards/rep/{userId}', "Read a rep's board", "One rep's deals. The rep, their team's lead and manager, and admins, may read it.", {
  403: 'You may not see this rep’s deals',
  ...noSuchPerson,
});
