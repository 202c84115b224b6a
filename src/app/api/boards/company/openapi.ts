import { boardOperation } from '@/server/openapi/board-documentation';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/boards/company',
  operations: {
    get: boardOperation('Read the company board', 'Every team of the company on one board (admins only).', { 403: 'Only admins see the company board' }),
  },
});
