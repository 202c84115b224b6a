import { ZHolidayImportReport, ZImportHolidaysInput } from '@/schemas/admin';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices/{officeId}/holidays/import',
  tag: 'Admin',
  errors: { 403: 'Admins only' },
  operations: {
    post: {
      summary: 'Import holidays',
      description:
        'Holidays from iCalendar (.ics) or CSV (date,name) text. Dates already in the calendar are skipped. If any line is invalid nothing is written and the answer is 422 with the report (line numbers and reasons) in `details`. Admins only.',
      body: ZImportHolidaysInput,
      responses: { 200: { description: 'How many were added and skipped', schema: ZHolidayImportReport } },
      errors: { 404: 'No such office', 422: 'A line is invalid: `details` is the report, and nothing was written' },
    },
  },
});
