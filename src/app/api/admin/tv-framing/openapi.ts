import { ZTvFraming } from '@/schemas/tv-framing';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/tv-framing',
  tag: 'Admin',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'List the origins that may frame TV pages',
      description:
        "The signage players allowed to show `/tv/…` pages inside a frame: they are the TV pages' Content-Security-Policy `frame-ancestors`. Every other page refuses to be framed. Admins only.",
      responses: ok('The allowed origins', ZTvFraming),
    },
    put: {
      summary: 'Replace the origins that may frame TV pages',
      description:
        'Replaces the whole list (at most 10 origins such as `https://signage.example.com`, each once; an empty list lets no site frame the TV pages). The next load of a TV page carries the new list. The change is written to the audit log. Admins only.',
      body: ZTvFraming,
      responses: ok('The allowed origins, as stored', ZTvFraming),
      errors: { 404: 'The organisation is not set up yet' },
    },
  },
});
