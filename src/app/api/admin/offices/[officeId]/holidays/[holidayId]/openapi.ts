import { ZHoliday } from '@/schemas/admin';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices/{officeId}/holidays/{holidayId}',
  tag: 'Admin',
  errors: adminsOnly,
  operations: {
    delete: {
      summary: 'Remove a holiday',
      description: 'The day becomes a working day again (admins).',
      responses: ok('The removed holiday', { holiday: ZHoliday }),
      errors: { 404: 'No such holiday in this office' },
    },
  },
});
