import { ZSaveForecastInput, ZSprintRep } from '@/schemas/sprint';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/forecasts/{userId}',
  tag: 'Sprints',
  operations: {
    put: {
      summary: 'State a forecast and commitments',
      description:
        'A rep states their monthly forecast (commit and best case, minor units) and the deals they commit to this sprint. Reps for themselves; the team’s lead, manager and admins for its reps. The current sprint takes forecasts, and so does the one right after it (planning ahead, before it starts); a finished sprint or one further ahead answers 422.',
      body: ZSaveForecastInput,
      responses: ok('The rep’s row of the sprint, with the new snapshot', { rep: ZSprintRep }),
      errors: { 403: 'You may not forecast for this rep', 404: 'No such team, sprint or rep', 422: 'The sprint is over or not open yet (only the current sprint and the next one take forecasts), a committed deal is not the rep’s or not open, or best case is below commit' },
    },
  },
});
