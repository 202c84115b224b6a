import { ZCreateOfficeInput, ZOffice } from '@/schemas/admin';
import { describeCollectionRoute } from '@/server/openapi/collection-documentation';
import { adminsOnly } from '@/server/openapi/describe-route';

export const documentation = describeCollectionRoute({
  path: '/api/admin/offices',
  tag: 'Admin',
  errors: adminsOnly,
  items: { list: 'offices', one: 'office', schema: ZOffice },
  list: {
    summary: 'List the offices',
    description: 'Every office, by name, with its number of teams and holidays (admins).',
    answer: 'By name',
  },
  add: {
    summary: 'Add an office',
    description: 'An office with its IANA time zone, locale, ISO 4217 currency and business hours (minutes after local midnight; the day ends after it starts). Admins only.',
    body: ZCreateOfficeInput,
    answer: 'The new office',
    errors: { 409: 'An office with that name exists' },
  },
});
