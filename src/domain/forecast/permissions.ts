// Who sees and changes what of the revenue forecast. The server turns a refusal into a
// 403 with the sentence; the Forecast page uses the same rules to hide what it cannot do.
//
// Admins and managers see every scope (company, offices, teams) and every rep they
// manage; admins plan hires for every team, managers for the teams they manage. Leads
// and reps see their own team and themselves (a lead also the reps they lead).

export type ForecastActor = { id: string; role: 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN'; teamId: string | null; ledTeamIds: readonly string[]; managedTeamIds: readonly string[] };
export type ScopeFacts = { kind: 'company' | 'office' | 'team' | 'rep'; id: string | null; teamId: string | null };

export function canSeeForecastScope(actor: ForecastActor, scope: ScopeFacts): boolean {
  if (actor.role === 'ADMIN') return true;
  if (actor.role === 'MANAGER') return scope.kind !== 'rep' || (scope.teamId !== null && actor.managedTeamIds.includes(scope.teamId));
  if (scope.kind === 'team') return scope.id === actor.teamId || actor.ledTeamIds.includes(scope.id ?? '');
  if (scope.kind === 'rep') return scope.id === actor.id || (scope.teamId !== null && actor.ledTeamIds.includes(scope.teamId));
  return false;
}

export function refusalToPlanHires(actor: ForecastActor, teamId: string): string | null {
  if (actor.role === 'ADMIN') return null;
  if (actor.role === 'MANAGER') return actor.managedTeamIds.includes(teamId) ? null : 'Managers plan hires only for the teams they manage.';
  return 'Only admins and managers can change the hiring plan.';
}

export function refusalToRunBacktest(actor: ForecastActor): string | null {
  return actor.role === 'ADMIN' || actor.role === 'MANAGER' ? null : 'Only admins and managers can run the backtest or save forecasts.';
}

export function refusalToSetRamp(actor: ForecastActor): string | null {
  return actor.role === 'ADMIN' ? null : 'Only admins can change the organisation’s ramp curve.';
}
