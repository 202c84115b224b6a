import { ZRetroNote, ZUpdateRetroNoteInput } from '@/schemas/sprint';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/notes/{noteId}',
  tag: 'Sprints',
  errors: { 403: 'Not your note', 404: 'No such note' },
  operations: {
    patch: {
      summary: 'Change a note',
      description: "Its kind, text or tags; at least one. The note's author, or the team's lead, manager or an admin.",
      body: ZUpdateRetroNoteInput,
      responses: ok('The note', { note: ZRetroNote }),
    },
    delete: {
      summary: 'Remove a note',
      description: "The note's author, or the team's lead, manager or an admin.",
      responses: ok('The note as it was', { note: ZRetroNote }),
    },
  },
});
