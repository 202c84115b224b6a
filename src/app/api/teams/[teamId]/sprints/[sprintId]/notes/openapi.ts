import { ZCreateRetroNoteInput, ZRetroNote } from '@/schemas/sprint';
import { created, describeRoute, noSuchSprint, notYourTeam } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/notes',
  tag: 'Sprints',
  operations: {
    post: {
      summary: 'Add a retrospective note',
      description: 'A "went well" or "to improve" note on the sprint or one of its deals, with tags. Team members, its lead, manager and admins.',
      body: ZCreateRetroNoteInput,
      responses: created('The note', { note: ZRetroNote }),
      errors: { ...notYourTeam, ...noSuchSprint, 422: 'The deal is not one of the sprint’s' },
    },
  },
});
