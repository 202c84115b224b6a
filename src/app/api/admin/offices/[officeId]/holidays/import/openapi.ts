import { ZHolidayImportReport, ZImportHolidaysInput } from '@/schemas/admin';
import { adminsOnly, describeRoute, noSuchOffice, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices/{officeId}/holidays/import',
  tag: 'Admin',
  errors: adminsOnly,
  operations: {
    post: {
      summary: 'Import holidays',
      description:
        'Holidays from iCalendar (.ics) or CSV (date,name) text. Dates already in the calendar are skipped. If any line is invalid nothing is written and the answer is 422 with the report (line numbers and reasons) in `details`. Admins only.',
      body: ZImportHolidaysInput,
      responses: ok('How many were added and skipped', ZHolidayImportReport),
      errors: { ...noSuchOffice, 422: 'A line is invalid: `details` is the report, and nothing was written' },
    },
  },
});
