import { ZTeamBoardSettings, ZTeamBoardSettingsInput } from '@/schemas/admin';
import { describeRoute, noSuchTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/board-settings',
  tag: 'Deals',
  operations: {
    patch: {
      summary: "Change a team's board settings",
      description:
        'When a card counts as stale (a default and, optionally, days per column) and the stage weights of the projection (per mille). The team’s lead, its manager or an admin. Audited; the walls refresh.',
      body: ZTeamBoardSettingsInput,
      responses: ok('The team’s board settings', { settings: ZTeamBoardSettings }),
      errors: { 403: "Only the team's lead, its manager or an admin", ...noSuchTeam },
    },
  },
});
