import { z } from 'zod';
import { ZCreateRetroNoteInput, ZRetroNote } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/notes',
  tag: 'Sprints',
  operations: {
    post: {
      summary: 'Add a retrospective note',
      description: 'A "went well" or "to improve" note on the sprint or one of its deals, with tags. Team members, its lead, manager and admins.',
      body: ZCreateRetroNoteInput,
      responses: { 201: { description: 'The note', schema: z.object({ note: ZRetroNote }) } },
      errors: { 403: 'Not your team', 404: 'No such team or sprint', 422: 'The deal is not one of the sprint’s' },
    },
  },
});
