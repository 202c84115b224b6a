import { describeBoardRoute } from '@/server/openapi/board-documentation';
import { noSuchTeam } from '@/server/openapi/describe-route';

export const documentation = describeBoardRoute('/api/boards/team/{teamId}', "Read a team's board", "A team's board, one lane per rep. The team's members, lead and manager, and admins, may read it.", {
  403: 'You are not in, leading or managing this team',
  ...noSuchTeam,
});
