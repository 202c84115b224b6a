// Pooling without a cliff: a rep with little history borrows from the level above.
// Each estimate is (what was seen + strength × the parent's estimate) / (exposure +
// strength), the posterior mean of a gamma–Poisson or beta–binomial model whose prior
// is the parent's figure weighted as `strength` units of exposure.

export function shrinkRate(count: number, exposure: number, parentRate: number, strength: number): number {
  return (count + strength * parentRate) / (exposure + strength);
}

/** A mean pulled towards the parent's mean: (sum + strength × parent) / (n + strength). */
export function shrinkMean(sum: number, count: number, parentMean: number, strength: number): number {
  return (sum + strength * parentMean) / (count + strength);
}

export type LevelTotals = { count: number; exposure: number };

/**
 * Rates for a four-level hierarchy (company → office → team → rep), each level shrunk
 * towards the one above it. Returns a function from (office, team, rep) keys to the rep's
 * rate, with the intermediate levels cached.
 */
export function createHierarchicalRates(options: {
  company: LevelTotals;
  offices: ReadonlyMap<string, LevelTotals>;
  teams: ReadonlyMap<string, LevelTotals>;
  reps: ReadonlyMap<string, LevelTotals>;
  strengths: { office: number; team: number; rep: number };
}) {
  const { company, offices, teams, reps, strengths } = options;
  const companyRate = company.exposure > 0 ? company.count / company.exposure : 0;
  const empty: LevelTotals = { count: 0, exposure: 0 };
  const officeRate = (officeId: string) => {
    const totals = offices.get(officeId) ?? empty;
    return shrinkRate(totals.count, totals.exposure, companyRate, strengths.office);
  };
  const teamRate = (officeId: string, teamId: string) => {
    const totals = teams.get(teamId) ?? empty;
    return shrinkRate(totals.count, totals.exposure, officeRate(officeId), strengths.team);
  };
  const repRate = (officeId: string, teamId: string, repId: string) => {
    const totals = reps.get(repId) ?? empty;
    return shrinkRate(totals.count, totals.exposure, teamRate(officeId, teamId), strengths.rep);
  };
  return { companyRate, officeRate, teamRate, repRate };
}

export function addTotals(map: Map<string, LevelTotals>, key: string, count: number, exposure: number): void {
  const totals = map.get(key);
  if (totals) {
    totals.count += count;
    totals.exposure += exposure;
  } else map.set(key, { count, exposure });
}
