import { z } from 'zod';
import { ZCreateTeamInput, ZTeam } from '@/schemas/admin';
import { ZIdParameter } from '@/schemas/query';
import { adminsOnly, created, describeRoute, noSuchOffice, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/teams',
  tag: 'Admin',
  operations: {
    get: {
      summary: 'List teams',
      description: 'Admins see every team; managers and leads the teams they manage or lead (read-only). By office, then name.',
      query: z.object({ officeId: ZIdParameter.optional().meta({ description: 'Only this office’s teams' }) }),
      responses: ok('By office and name', { teams: z.array(ZTeam) }),
      errors: { 403: 'Reps see no team list' },
    },
    post: {
      summary: 'Add a team',
      description: 'A team in an office, with its colour, optional lead (an active LEAD) and manager (an active MANAGER), stale-deal threshold and the per-mille weights of open columns in the projection. Admins only.',
      body: ZCreateTeamInput,
      responses: created('The new team', { team: ZTeam }),
      errors: { ...adminsOnly, ...noSuchOffice, 409: 'The office already has a team with that name', 422: 'The lead or manager does not have that role, or is inactive' },
    },
  },
});
