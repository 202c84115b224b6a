import type { RouteDescription } from '@/server/openapi/describe-route';
import { documentation as actionItemsItemId } from './action-items/[itemId]/openapi';
import { documentation as adminAudit } from './admin/audit/openapi';
import { documentation as adminExchangeRates } from './admin/exchange-rates/openapi';
import { documentation as adminGoals } from './admin/goals/openapi';
import { documentation as adminImportsImportIdErrors } from './admin/imports/[importId]/errors/openapi';
import { documentation as adminImportsImportIdUndo } from './admin/imports/[importId]/undo/openapi';
import { documentation as adminImports } from './admin/imports/openapi';
import { documentation as adminIntegrations } from './admin/integrations/openapi';
import { documentation as adminIntegrationsConnectionId } from './admin/integrations/[connectionId]/openapi';
import { documentation as adminIntegrationsConnectionIdRotate } from './admin/integrations/[connectionId]/rotate/openapi';
import { documentation as adminIntegrationsConnectionIdDeliveries } from './admin/integrations/[connectionId]/deliveries/openapi';
import { documentation as adminIntegrationsConnectionIdDeliveriesDeliveryIdReplay } from './admin/integrations/[connectionId]/deliveries/[deliveryId]/replay/openapi';
import { documentation as adminIntegrationsConnectionIdMappings } from './admin/integrations/[connectionId]/mappings/openapi';
import { documentation as integrationsConnectionIdWebhook } from './integrations/[connectionId]/webhook/openapi';
import { documentation as adminImportsPreview } from './admin/imports/preview/openapi';
import { documentation as adminOfficesOfficeIdHolidaysHolidayId } from './admin/offices/[officeId]/holidays/[holidayId]/openapi';
import { documentation as adminOfficesOfficeIdHolidaysImport } from './admin/offices/[officeId]/holidays/import/openapi';
import { documentation as adminOfficesOfficeIdHolidays } from './admin/offices/[officeId]/holidays/openapi';
import { documentation as adminOfficesOfficeId } from './admin/offices/[officeId]/openapi';
import { documentation as adminOffices } from './admin/offices/openapi';
import { documentation as adminPeopleUserIdDeactivate } from './admin/people/[userId]/deactivate/openapi';
import { documentation as adminPeopleUserId } from './admin/people/[userId]/openapi';
import { documentation as adminPeopleUserIdPasswordReset } from './admin/people/[userId]/password-reset/openapi';
import { documentation as adminPeople } from './admin/people/openapi';
import { documentation as adminTeamsTeamId } from './admin/teams/[teamId]/openapi';
import { documentation as adminTeams } from './admin/teams/openapi';
import { documentation as adminTimeZones } from './admin/time-zones/openapi';
import { documentation as adminTvFraming } from './admin/tv-framing/openapi';
import { documentation as blockersBlockerId } from './blockers/[blockerId]/openapi';
import { documentation as boardsCompany } from './boards/company/openapi';
import { documentation as boardsManagerUserId } from './boards/manager/[userId]/openapi';
import { documentation as boardsRepUserId } from './boards/rep/[userId]/openapi';
import { documentation as boardsTeamTeamId } from './boards/team/[teamId]/openapi';
import { documentation as dealsDealIdActivities } from './deals/[dealId]/activities/openapi';
import { documentation as dealsDealIdClose } from './deals/[dealId]/close/openapi';
import { documentation as dealsDealIdContacts } from './deals/[dealId]/contacts/openapi';
import { documentation as dealsDealIdMove } from './deals/[dealId]/move/openapi';
import { documentation as dealsDealIdNextStep } from './deals/[dealId]/next-step/openapi';
import { documentation as dealsDealId } from './deals/[dealId]/openapi';
import { documentation as dealsDealIdReopen } from './deals/[dealId]/reopen/openapi';
import { documentation as dealsDealIdRestore } from './deals/[dealId]/restore/openapi';
import { documentation as deals } from './deals/openapi';
import { documentation as exportsFile } from './exports/[file]/openapi';
import { documentation as forecastBacktest } from './forecast/backtest/openapi';
import { documentation as forecastHiringPlanHireId } from './forecast/hiring-plan/[hireId]/openapi';
import { documentation as forecastHiringPlan } from './forecast/hiring-plan/openapi';
import { documentation as forecastMonthRange } from './forecast/month-range/openapi';
import { documentation as forecast } from './forecast/openapi';
import { documentation as forecastRuns } from './forecast/runs/openapi';
import { documentation as forecastSettings } from './forecast/settings/openapi';
import { documentation as health } from './health/openapi';
import { documentation as me } from './me/openapi';
import { documentation as mePassword } from './me/password/openapi';
import { documentation as meProfile } from './me/profile/openapi';
import { documentation as meSessions } from './me/sessions/openapi';
import { documentation as notesNoteId } from './notes/[noteId]/openapi';
import { documentation as notes } from './notes/openapi';
import { documentation as setup } from './setup/openapi';
import { documentation as setupPassword } from './setup/password/openapi';
import { documentation as teamsTeamIdBoardSettings } from './teams/[teamId]/board-settings/openapi';
import { documentation as teamsTeamIdForecastAccuracy } from './teams/[teamId]/forecast-accuracy/openapi';
import { documentation as teamsTeamIdSprintHistory } from './teams/[teamId]/sprint-history/openapi';
import { documentation as teamsTeamIdSprintsSprintIdActionItems } from './teams/[teamId]/sprints/[sprintId]/action-items/openapi';
import { documentation as teamsTeamIdSprintsSprintIdBlockers } from './teams/[teamId]/sprints/[sprintId]/blockers/openapi';
import { documentation as teamsTeamIdSprintsSprintIdForecastsUserId } from './teams/[teamId]/sprints/[sprintId]/forecasts/[userId]/openapi';
import { documentation as teamsTeamIdSprintsSprintIdNotes } from './teams/[teamId]/sprints/[sprintId]/notes/openapi';
import { documentation as teamsTeamIdSprintsSprintId } from './teams/[teamId]/sprints/[sprintId]/openapi';
import { documentation as teamsTeamIdSprintsSprintIdRetro } from './teams/[teamId]/sprints/[sprintId]/retro/openapi';
import { documentation as teamsTeamIdSprintsSprintIdStandup } from './teams/[teamId]/sprints/[sprintId]/standup/openapi';
import { documentation as teamsTeamIdSprints } from './teams/[teamId]/sprints/openapi';
import { documentation as tokensTokenId } from './tokens/[tokenId]/openapi';
import { documentation as tokens } from './tokens/openapi';
import { documentation as tvToken } from './tv/[token]/openapi';
import { documentation as tvTokenBurnDown } from './tv/[token]/burn-down/openapi';
import { documentation as tvPairings } from './tv-pairings/openapi';
import { documentation as tvPairingsPairingId } from './tv-pairings/[pairingId]/openapi';
import { documentation as wallTokensPair } from './wall-tokens/pair/openapi';
import { documentation as wallTokensTokenId } from './wall-tokens/[tokenId]/openapi';
import { documentation as wallTokens } from './wall-tokens/openapi';
import { documentation as wallBurnDown } from './wall/burn-down/openapi';
import { documentation as wallFlow } from './wall/flow/openapi';
import { documentation as wallForecasts } from './wall/forecasts/openapi';
import { documentation as wall } from './wall/openapi';

// Every route's own description (the openapi.ts beside its route.ts), in one list for the
// document: add a line here when you add a route. api-routes.test.ts fails when one is missing.
export const apiRoutes: readonly RouteDescription[] = [
  actionItemsItemId,
  adminAudit,
  adminExchangeRates,
  adminGoals,
  adminOfficesOfficeIdHolidaysHolidayId,
  adminOfficesOfficeIdHolidaysImport,
  adminImports,
  adminImportsPreview,
  integrationsConnectionIdWebhook,
  adminIntegrations,
  adminIntegrationsConnectionId,
  adminIntegrationsConnectionIdRotate,
  adminIntegrationsConnectionIdDeliveries,
  adminIntegrationsConnectionIdDeliveriesDeliveryIdReplay,
  adminIntegrationsConnectionIdMappings,
  adminImportsImportIdUndo,
  adminImportsImportIdErrors,
  adminOfficesOfficeIdHolidays,
  adminOfficesOfficeId,
  adminOffices,
  adminPeopleUserIdDeactivate,
  adminPeopleUserId,
  adminPeopleUserIdPasswordReset,
  adminPeople,
  adminTeamsTeamId,
  adminTeams,
  adminTimeZones,
  adminTvFraming,
  blockersBlockerId,
  boardsCompany,
  boardsManagerUserId,
  boardsRepUserId,
  boardsTeamTeamId,
  dealsDealIdActivities,
  dealsDealIdClose,
  dealsDealIdContacts,
  dealsDealIdMove,
  dealsDealIdNextStep,
  dealsDealId,
  dealsDealIdReopen,
  dealsDealIdRestore,
  deals,
  exportsFile,
  forecastBacktest,
  forecastHiringPlanHireId,
  forecastHiringPlan,
  forecastMonthRange,
  forecast,
  forecastRuns,
  forecastSettings,
  health,
  me,
  mePassword,
  meProfile,
  meSessions,
  notesNoteId,
  notes,
  setup,
  setupPassword,
  teamsTeamIdBoardSettings,
  teamsTeamIdForecastAccuracy,
  teamsTeamIdSprintHistory,
  teamsTeamIdSprintsSprintIdActionItems,
  teamsTeamIdSprintsSprintIdBlockers,
  teamsTeamIdSprintsSprintIdForecastsUserId,
  teamsTeamIdSprintsSprintIdNotes,
  teamsTeamIdSprintsSprintId,
  teamsTeamIdSprintsSprintIdRetro,
  teamsTeamIdSprintsSprintIdStandup,
  teamsTeamIdSprints,
  tokensTokenId,
  tokens,
  tvPairings,
  tvPairingsPairingId,
  tvToken,
  tvTokenBurnDown,
  wallTokensPair,
  wallTokensTokenId,
  wallTokens,
  wallBurnDown,
  wallFlow,
  wallForecasts,
  wall,
];

/** Every API path with the methods it serves, for the custom server's 405s (src/server/method-guard.ts). */
export const apiRouteMethods = [
  ...apiRoutes.map((route) => ({ path: route.path, methods: Object.keys(route.operations) })),
  { path: '/api/openapi.json', methods: ['get'] },
  { path: '/api/docs', methods: ['get'] },
  { path: '/api/docs/redoc.standalone.js', methods: ['get'] },
  { path: '/api/auth/*', methods: ['get', 'post'] },
];
