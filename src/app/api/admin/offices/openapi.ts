import { z } from 'zod';
import { ZCreateOfficeInput, ZOffice } from '@/schemas/admin';
import { adminsOnly, created, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices',
  tag: 'Admin',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'List the offices',
      description: 'Every office, by name, with its number of teams and holidays (admins).',
      responses: ok('By name', { offices: z.array(ZOffice) }),
    },
    post: {
      summary: 'Add an office',
      description: 'An office with its IANA time zone, locale, ISO 4217 currency and business hours (minutes after local midnight; the day ends after it starts). Admins only.',
      body: ZCreateOfficeInput,
      responses: created('The new office', { office: ZOffice }),
      errors: { 409: 'An office with that name exists' },
    },
  },
});
