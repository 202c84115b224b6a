import { ZCreateHolidayInput, ZHoliday } from '@/schemas/admin';
import { describeCollectionRoute } from '@/server/openapi/collection-documentation';
import { adminsOnly, noSuchOffice } from '@/server/openapi/describe-route';

export const documentation = describeCollectionRoute({
  path: '/api/admin/offices/{officeId}/holidays',
  tag: 'Admin',
  errors: { ...adminsOnly, ...noSuchOffice },
  items: { list: 'holidays', one: 'holiday', schema: ZHoliday },
  list: {
    summary: "List an office's holidays",
    description: 'The office’s holidays, oldest first: days that are not working days for pacing (admins).',
    answer: 'Oldest first',
  },
  add: {
    summary: 'Add a holiday',
    description: 'One holiday on a calendar date (YYYY-MM-DD) of the office (admins).',
    body: ZCreateHolidayInput,
    answer: 'The holiday',
    errors: { 409: 'The office already has a holiday that day' },
  },
});
