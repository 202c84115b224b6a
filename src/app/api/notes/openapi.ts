import { ZNoteSearch, ZNoteSearchQuery } from '@/schemas/sprint';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/notes',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Search retrospective notes',
      description: 'Notes from every team, newest first (up to 100), by words in the note or the deal’s account, a tag or a team; with the tags in use. Any signed-in user.',
      query: ZNoteSearchQuery,
      responses: ok('Up to 100 notes', ZNoteSearch),
    },
  },
});
