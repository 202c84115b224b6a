import { z } from 'zod';
import { ZHoliday } from '@/schemas/admin';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices/{officeId}/holidays/{holidayId}',
  tag: 'Admin',
  errors: { 403: 'Admins only' },
  operations: {
    delete: {
      summary: 'Remove a holiday',
      description: 'The day becomes a working day again (admins).',
      responses: { 200: { description: 'The removed holiday', schema: z.object({ holiday: ZHoliday }) } },
      errors: { 404: 'No such holiday in this office' },
    },
  },
});
