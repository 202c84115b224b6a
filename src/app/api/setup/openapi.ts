import { z } from 'zod';
import { ZPerson, ZSetupInput, ZSetupStatus } from '@/schemas/admin';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/setup',
  tag: 'Setup',
  operations: {
    get: {
      summary: 'Check whether first-run setup is needed',
      description: '`needed` is true only while the installation has no user yet.',
      isPublic: true,
      responses: ok('Whether setup is still needed', ZSetupStatus),
    },
    post: {
      summary: 'Set up the organisation and its first admin',
      description: 'First run only: creates the organisation (with its reporting currency) and the first admin. Once any user exists it answers 409.',
      isPublic: true,
      body: ZSetupInput,
      responses: {
        201: {
          description: 'The organisation and the admin',
          schema: z.object({ organization: z.object({ id: z.string(), name: z.string(), reportingCurrency: z.string() }), user: ZPerson }),
        },
      },
      errors: { 409: 'The installation is already set up' },
    },
  },
});
