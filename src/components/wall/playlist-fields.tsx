'use client';

import type { TTvSlide } from '@/schemas/wall';

// The screens a new TV link may rotate through, for the wall it shows: the offices side by
// side and each office (company links), each team's reps, and burn-downs. The link's own
// wall always comes first. Checked boxes carry their screen as JSON.

export type PlaylistTeam = { id: string; name: string; officeId: string };
export type PlaylistOffice = { id: string; name: string };

type Choice = { slide: TTvSlide; label: string };

export function playlistChoices(shows: string, offices: readonly PlaylistOffice[], teams: readonly PlaylistTeam[]): Choice[] {
  const isCompany = shows === 'company';
  const inScope = teams.filter((team) => isCompany || team.officeId === shows);
  return [
    ...(isCompany
      ? [
          { slide: { kind: 'offices' } as const, label: 'The offices side by side' },
          ...offices.map((office) => ({ slide: { kind: 'office', officeId: office.id } as const, label: `${office.name}: its teams` })),
          { slide: { kind: 'burn-down', scope: { kind: 'company' } } as const, label: 'Company burn-down' },
        ]
      : [{ slide: { kind: 'burn-down', scope: { kind: 'office', id: shows } } as const, label: 'Office burn-down' }]),
    ...inScope.map((team) => ({ slide: { kind: 'team-reps', teamId: team.id } as const, label: `${team.name}: its reps` })),
    ...inScope.map((team) => ({ slide: { kind: 'burn-down', scope: { kind: 'team', id: team.id } } as const, label: `${team.name} burn-down` })),
  ];
}

export function PlaylistFields({ shows, offices, teams, error }: { shows: string; offices: PlaylistOffice[]; teams: PlaylistTeam[]; error?: string }) {
  const choices = playlistChoices(shows, offices, teams);
  return (
    <fieldset className="wallboard-playlist" aria-describedby="wallboard-playlist-hint">
      <legend>Also rotate through (optional)</legend>
      <p className="field-hint" id="wallboard-playlist-hint">
        The TV starts on its wall and moves on to each screen you tick, then starts again.
      </p>
      <div className="wallboard-playlist-choices">
        {choices.map((choice) => (
          <label key={JSON.stringify(choice.slide)} className="checkbox-choice">
            <input type="checkbox" name="slide" value={JSON.stringify(choice.slide)} /> {choice.label}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor="wallboard-rotate">Seconds on each screen</label>
        <input id="wallboard-rotate" name="rotateSeconds" type="number" min={5} max={600} defaultValue={20} inputMode="numeric" />
      </div>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
