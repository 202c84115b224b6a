import { describe, expect, it } from 'vitest';
import { arrangeWall, axisMaximum, axisTicks, describeBar, describeRemaining, formatMoneyRounded, formatPercent, groupBars, trackPosition } from './wall-figures';
import { buildWallBar, buildWallSnapshot } from './wall-bar-fixture';

describe('describeBar', () => {
  it('writes every figure beside the bar, so colour is never the only signal', () => {
    const figures = describeBar(buildWallBar());
    expect(figures.headline).toBe('62% of $1.2M');
    expect(figures.summary).toBe('NY Enterprise · 62% of $1.2M · $744K won · pace 55% · projected 91% · ahead by 7 pts');
  });

  it('says behind in words for a team behind pace', () => {
    const figures = describeBar(buildWallBar({ percentOfGoal: 40.2, expectedPercent: 55, aheadBy: -14.8, status: 'behind' }));
    expect(figures.standing).toBe('behind by 15 pts');
    expect(figures.summary).toContain('40% of $1.2M');
  });

  it('writes the goal in the office currency and locale', () => {
    const figures = describeBar(buildWallBar({ currency: 'GBP', locale: 'en-GB', goalMinor: 50_000_000 }));
    expect(figures.headline).toBe('62% of £500k');
  });

  it('explains a bar without a goal instead of showing 0%', () => {
    const figures = describeBar(buildWallBar({ goalMinor: 0, percentOfGoal: null, projectedPercent: null, aheadBy: null }));
    expect(figures.percent).toBe('No goal');
    expect(figures.standing).toBe('no goal set');
    expect(figures.projected).toBeNull();
  });

  it('rounds a sliver of a point to "on pace" rather than "ahead by 0 pts"', () => {
    expect(describeBar(buildWallBar({ aheadBy: 0.2 })).standing).toBe('on pace');
    expect(describeBar(buildWallBar({ aheadBy: 1.2 })).standing).toBe('ahead by 1 pt');
  });
});

describe('the axis', () => {
  it('reaches at least 120% so the goal line sits inside the track', () => {
    expect(axisMaximum([buildWallBar()])).toBe(120);
    expect(axisMaximum([])).toBe(120);
  });

  it('grows past the largest figure so a team past its goal is never cut off', () => {
    expect(axisMaximum([buildWallBar({ percentOfGoal: 131, projectedPercent: 150 })])).toBe(160);
    expect(axisMaximum([buildWallBar({ projectedPercent: 140 })])).toBe(160);
  });

  it('places figures along the track and clamps anything outside it', () => {
    expect(trackPosition(60, 120)).toBe(50);
    expect(trackPosition(null, 120)).toBe(0);
    expect(trackPosition(-5, 120)).toBe(0);
    expect(trackPosition(500, 120)).toBe(100);
    expect(axisTicks(120)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });

  it('formats percentages without "-0%"', () => {
    expect(formatPercent(-0.2)).toBe('0%');
    expect(formatPercent(99.6)).toBe('100%');
  });
});

describe('groupBars', () => {
  const names = new Map([
    ['office-ny', 'New York'],
    ['office-london', 'London'],
  ]);

  it('groups teams under their office, keeping the server order', () => {
    const bars = [
      buildWallBar({ id: 'a', officeId: 'office-ny' }),
      buildWallBar({ id: 'b', officeId: 'office-london' }),
      buildWallBar({ id: 'c', officeId: 'office-ny' }),
    ];
    const groups = groupBars({ bars, by: 'office', names });
    expect(groups.map((group) => [group.title, group.bars.map((bar) => bar.id)])).toEqual([
      ['New York', ['a', 'c']],
      ['London', ['b']],
    ]);
  });

  it('orders the groups as the names are ordered', () => {
    const bars = [buildWallBar({ id: 'a', officeId: 'office-london' }), buildWallBar({ id: 'b', officeId: 'office-ny' })];
    expect(groupBars({ bars, by: 'office', names }).map((group) => group.title)).toEqual(['New York', 'London']);
  });

  it('leaves a single group untitled', () => {
    const groups = groupBars({ bars: [buildWallBar({ id: 'a' })], by: 'office', names });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.title).toBeNull();
  });
});

describe('money on the wall', () => {
  it('is written to the whole unit in the office locale', () => {
    expect(formatMoneyRounded(7_090_049, 'USD', 'en-US')).toBe('$70,900');
    expect(formatMoneyRounded(123_456_78, 'GBP', 'en-GB')).toBe('£123,457');
  });

  it('says how far past the goal a scope is instead of a negative remainder', () => {
    expect(describeRemaining(500_00, 'USD', 'en-US')).toBe('$500');
    expect(describeRemaining(0, 'USD', 'en-US')).toBe('Goal reached');
    expect(describeRemaining(-1_200_00, 'USD', 'en-US')).toBe('$1,200 past the goal');
  });
});

describe('arrangeWall', () => {
  const office = (id: string, name: string) => buildWallBar({ kind: 'office', id, name, officeId: id, teamId: null });
  const team = (id: string, officeId: string) => buildWallBar({ id, name: id, officeId, teamId: id });
  const rep = (id: string, teamId: string) => buildWallBar({ kind: 'rep', id, name: id, teamId });

  const company = buildWallSnapshot({
    company: buildWallBar({ kind: 'company', id: 'company', name: 'Company', officeId: null, teamId: null }),
    offices: [office('london', 'London'), office('ny', 'New York')],
    teams: [team('ldn-1', 'london'), team('ny-1', 'ny'), team('ny-2', 'ny')],
    reps: [rep('r1', 'ny-2'), rep('r2', 'ldn-1'), rep('r3', 'ny-2')],
  });

  it('puts the company total above the teams, grouped by office', () => {
    const { total, groups } = arrangeWall(company, 'teams');
    expect(total?.kind).toBe('company');
    expect(groups.map((group) => [group.title, group.bars.map((bar) => bar.id)])).toEqual([
      ['London', ['ldn-1']],
      ['New York', ['ny-1', 'ny-2']],
    ]);
  });

  it('groups reps under their teams in the teams\' order', () => {
    const { groups } = arrangeWall(company, 'reps');
    expect(groups.map((group) => [group.title, group.bars.map((bar) => bar.id)])).toEqual([
      ['ldn-1', ['r2']],
      ['ny-2', ['r1', 'r3']],
    ]);
  });

  it('lists the offices under the company', () => {
    expect(arrangeWall(company, 'offices').groups[0]!.bars.map((bar) => bar.id)).toEqual(['london', 'ny']);
  });

  it('uses the office as the total of an office wall, which has no offices view', () => {
    const ny = buildWallSnapshot({ scope: { kind: 'office', officeId: 'ny' }, company: null, offices: [office('ny', 'New York')], teams: [team('ny-1', 'ny')] });
    const { total, groups } = arrangeWall(ny, 'offices');
    expect(total?.id).toBe('ny');
    expect(groups).toEqual([{ id: 'ny', title: null, bars: [expect.objectContaining({ id: 'ny-1' })] }]);
  });
});
