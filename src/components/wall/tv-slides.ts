import type { TTvSlide, TWallBar, TWallSnapshot } from '@/schemas/wall';
import { arrangeWall, type BarGroup } from './wall-figures';

// What one screen of a TV playlist shows, cut from the one live snapshot the TV follows
// (no request of its own): the totals across the top, the bars below, and a title. A
// burn-down screen is read from its own endpoint when it comes round. Pure.

export type TvScreen =
  | { kind: 'bars'; title: string; totals: TWallBar[]; groups: BarGroup[] }
  | { kind: 'burn-down'; title: string };

/** The TV's own wall: the company with its offices, or the office, and the teams below. */
function wallScreen(snapshot: TWallSnapshot): TvScreen {
  const isCompany = snapshot.scope.kind === 'company';
  const totals = isCompany ? [snapshot.company, ...snapshot.offices].filter((bar): bar is TWallBar => !!bar) : snapshot.offices.slice(0, 1);
  return { kind: 'bars', title: isCompany ? 'Company' : (snapshot.offices[0]?.name ?? 'Office'), totals, groups: arrangeWall(snapshot, 'teams').groups };
}

export function screenOfSlide(snapshot: TWallSnapshot, slide: TTvSlide | undefined): TvScreen {
  if (!slide || slide.kind === 'wall') return wallScreen(snapshot);
  switch (slide.kind) {
    case 'offices':
      return { kind: 'bars', title: 'Offices', totals: snapshot.company ? [snapshot.company] : [], groups: [{ id: 'offices', title: null, bars: snapshot.offices }] };
    case 'office': {
      const office = snapshot.offices.find((bar) => bar.id === slide.officeId);
      if (!office) return wallScreen(snapshot);
      return { kind: 'bars', title: office.name, totals: [office], groups: [{ id: office.id, title: null, bars: snapshot.teams.filter((bar) => bar.officeId === office.id) }] };
    }
    case 'team-reps': {
      const team = snapshot.teams.find((bar) => bar.id === slide.teamId);
      if (!team) return wallScreen(snapshot);
      return { kind: 'bars', title: `${team.name} · reps`, totals: [team], groups: [{ id: team.id, title: null, bars: snapshot.reps.filter((bar) => bar.teamId === team.id) }] };
    }
    case 'burn-down': {
      const { scope } = slide;
      const name =
        scope.kind === 'company'
          ? 'Company'
          : ((scope.kind === 'office' ? snapshot.offices : snapshot.teams).find((bar) => bar.id === scope.id)?.name ?? (scope.kind === 'office' ? 'Office' : 'Team'));
      return { kind: 'burn-down', title: `${name} · burn-down` };
    }
  }
}
