import { describeBoardRoute } from '@/server/openapi/board-documentation';

export const documentation = describeBoardRoute('/api/boards/team/{teamId}', "Read a team's board", "A team's board, one lane per rep. The team's members, lead and manager, and admins, may read it.", {
  403: 'You are not in, leading or managing this team',
  404: 'No such team',
});
