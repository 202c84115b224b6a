import { z } from 'zod';
import { ZCreateHolidayInput, ZHoliday } from '@/schemas/admin';
import { adminsOnly, created, describeRoute, noSuchOffice, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices/{officeId}/holidays',
  tag: 'Admin',
  errors: { ...adminsOnly, ...noSuchOffice },
  operations: {
    get: {
      summary: "List an office's holidays",
      description: 'The office’s holidays, oldest first: days that are not working days for pacing (admins).',
      responses: ok('Oldest first', { holidays: z.array(ZHoliday) }),
    },
    post: {
      summary: 'Add a holiday',
      description: 'One holiday on a calendar date (YYYY-MM-DD) of the office (admins).',
      body: ZCreateHolidayInput,
      responses: created('The holiday', { holiday: ZHoliday }),
      errors: { 409: 'The office already has a holiday that day' },
    },
  },
});
