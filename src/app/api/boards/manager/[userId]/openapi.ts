import { describeBoardRoute } from '@/server/openapi/board-documentation';

export const documentation = describeBoardRoute('/api/boards/manager/{userId}', "Read a manager's board", 'Every team a manager manages, on one board. The manager and admins may read it.', {
  403: 'You may not see this manager’s teams',
  404: 'No such manager',
});
