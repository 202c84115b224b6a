import { ZAuditPage, ZAuditQuery } from '@/schemas/admin';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/audit',
  tag: 'Admin',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'Read the audit log',
      description:
        'Administrative changes, newest first, filtered by actor, object type or object. Paginated: pass the page’s `nextBefore` as `before` for the next page; `nextBefore` is null on the last page. Admins only.',
      query: ZAuditQuery,
      responses: ok('One page of entries', ZAuditPage),
      errors: { 422: 'The entry named by `before` no longer exists' },
    },
  },
});
