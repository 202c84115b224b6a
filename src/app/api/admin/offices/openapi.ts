import { z } from 'zod';
import { ZCreateOfficeInput, ZOffice } from '@/schemas/admin';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/offices',
  tag: 'Admin',
  errors: { 403: 'Admins only' },
  operations: {
    get: {
      summary: 'List the offices',
      description: 'Every office, by name, with its number of teams and holidays (admins).',
      responses: { 200: { description: 'By name', schema: z.object({ offices: z.array(ZOffice) }) } },
    },
    post: {
      summary: 'Add an office',
      description: 'An office with its IANA time zone, locale, ISO 4217 currency and business hours (minutes after local midnight; the day ends after it starts). Admins only.',
      body: ZCreateOfficeInput,
      responses: { 201: { description: 'The new office', schema: z.object({ office: ZOffice }) } },
      errors: { 409: 'An office with that name exists' },
    },
  },
});
