import { ZTeam, ZUpdateTeamInput } from '@/schemas/admin';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/teams/{teamId}',
  tag: 'Admin',
  operations: {
    patch: {
      summary: "Change a team's settings",
      description:
        'Any subset of office, name, colour, lead, manager, stale threshold and weights; at least one (an empty body answers 400 "Nothing to change"). Moving a team to another office keeps every wall answerable. Admins only.',
      body: ZUpdateTeamInput,
      responses: ok('The team', { team: ZTeam }),
      errors: {
        ...adminsOnly,
        404: 'No such team, office or person',
        409: 'The office already has a team with that name',
        422: 'The lead or manager does not have that role, or the move would leave goals unconvertible',
      },
    },
  },
});
