// Planning ahead: a rep states their forecast and commitments in the running sprint, and
// may do so for the sprint right after it before it starts (the team plans next week on
// Friday). Sprints further ahead, and finished ones, are closed to new forecasts.

type Window = { startsAt: Date; endsAt: Date };

export type ForecastWindow = 'open' | 'planning' | 'over' | 'not-yet';

/**
 * Whether forecasts and commitments can be entered in `sprint` at `now`: `open` while it
 * runs, `planning` when it is the next one (it starts where the running sprint ends),
 * `over` once it has ended, `not-yet` for a sprint further ahead (or when no sprint is
 * running to plan from).
 */
export function forecastWindow(sprint: Window, running: Pick<Window, 'endsAt'> | null, now: Date): ForecastWindow {
  if (now >= sprint.endsAt) return 'over';
  if (now >= sprint.startsAt) return 'open';
  return running && running.endsAt.getTime() === sprint.startsAt.getTime() ? 'planning' : 'not-yet';
}

export function isOpenForForecasts(window: ForecastWindow): boolean {
  return window === 'open' || window === 'planning';
}
