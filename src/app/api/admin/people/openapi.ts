import { z } from 'zod';
import { ZInvitation, ZInvitePersonInput, ZPeopleFilter, ZPerson } from '@/schemas/admin';
import { created, describeRoute, noSuchTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/people',
  tag: 'Admin',
  operations: {
    get: {
      summary: 'List people',
      description: 'Admins see everyone; managers the people of the teams they manage. Filter by team, role and whether active. By name.',
      query: ZPeopleFilter,
      responses: ok('By name', { people: z.array(ZPerson) }),
      errors: { 403: 'Only admins and managers list people, managers only their own teams' },
    },
    post: {
      summary: 'Invite a person',
      description:
        'Adds a person and answers their one-time set-password link (valid 7 days), shown this once. REPs and LEADs need a team. Admins may invite any role; managers REPs and LEADs into their own teams.',
      body: ZInvitePersonInput,
      responses: created('The person and the link, shown this once', ZInvitation),
      errors: { 403: 'You may not invite that role into that team', ...noSuchTeam, 409: 'Someone already has that email', 422: 'A REP or LEAD needs a team' },
    },
  },
});
