import type { TWallBar } from '@/schemas/wall';
import { WallBarList } from '@/components/wall/wall-bar-list';
import { axisMaximum, describeBar, formatPercent } from '@/components/wall/wall-figures';

// One rep's pace bar, drawn as the wall draws it, with the standing in a sentence too.

/** "62% of the goal won; 55% expected by now, so ahead by 7 pts." */
export function describePace(bar: TWallBar): string {
  const figures = describeBar(bar);
  if (bar.percentOfGoal === null) return `No goal set this month; ${figures.won}.`;
  return `${formatPercent(bar.percentOfGoal)} of the goal won; ${formatPercent(bar.expectedPercent)} expected by now, so ${figures.standing}.`;
}

export function PaceBar({ bar }: { bar: TWallBar }) {
  return (
    <div className="sprint-pace">
      <p className="sprint-pace-sentence">{describePace(bar)}</p>
      <WallBarList total={null} groups={[{ id: 'rep', title: null, bars: [bar] }]} variant="screen" axisMaximum={axisMaximum([bar])} />
    </div>
  );
}
