import { ZHiringPlan, ZPlannedHire, ZPlannedHireInput } from '@/schemas/forecast';
import { created, describeRoute, hireNotPlannable, managersOfTheTeamOnly, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast/hiring-plan',
  tag: 'Forecast',
  operations: {
    get: {
      summary: 'Read the hiring plan',
      description: 'Every planned hire, whether the user may change it, and the teams they may plan for.',
      responses: ok('The hiring plan', ZHiringPlan),
    },
    post: {
      summary: 'Add a planned hire',
      description: 'A team, a start date (today or later), how many people or one named person (an invited person is then counted once), and optionally a ramp curve of shares between 0 and 1. Admins for any team, managers for the teams they manage. Audited.',
      body: ZPlannedHireInput,
      responses: created('The planned hire', { hire: ZPlannedHire }),
      errors: { ...managersOfTheTeamOnly, ...hireNotPlannable },
    },
  },
});
