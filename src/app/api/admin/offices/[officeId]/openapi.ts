import { ZOffice, ZUpdateOfficeInput } from '@/schemas/admin';
import { adminsOnly, describeRoute, noSuchOffice, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices/{officeId}',
  tag: 'Admin',
  operations: {
    patch: {
      summary: "Change an office's settings",
      description:
        'Any subset of name, time zone, locale, currency and business hours; at least one (an empty body answers 400 "Nothing to change"). When only one business-hour bound is sent it is checked against the stored other. Admins only.',
      body: ZUpdateOfficeInput,
      responses: ok('The office', { office: ZOffice }),
      errors: {
        ...adminsOnly,
        ...noSuchOffice,
        409: 'An office with that name exists',
        422: 'The change breaks a rule (business hours out of order, or a currency change that would leave goals unconvertible)',
      },
    },
  },
});
