import { z } from 'zod';
import { ZPlannedHire, ZPlannedHireUpdate } from '@/schemas/forecast';
import { describeRoute, hireNotPlannable, managersOfTheTeamOnly, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast/hiring-plan/{hireId}',
  tag: 'Forecast',
  errors: { ...managersOfTheTeamOnly, 404: 'No such planned hire' },
  operations: {
    patch: {
      summary: 'Change a planned hire',
      description: 'Any of its fields, under the same rules as adding one. Admins, or the manager of the team before and after. Audited.',
      body: ZPlannedHireUpdate,
      responses: ok('The planned hire', { hire: ZPlannedHire }),
      errors: hireNotPlannable,
    },
    delete: {
      summary: 'Remove a planned hire',
      description: 'Admins, or the team’s manager. Audited.',
      responses: ok('The removed hire’s id', { id: z.string() }),
    },
  },
});
