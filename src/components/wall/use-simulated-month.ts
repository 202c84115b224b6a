'use client';

import { useEffect, useState } from 'react';
import { z } from 'zod';
import { messageOf, request } from '@/lib/api-client';
import { ZMonthRange, type TMonthRange } from '@/schemas/forecast';
import type { TBurnDownScope } from '@/schemas/wall';

// Asks the revenue simulation for this month's range of one scope, only once the person
// asks to see it (the simulation is heavy; the server caches it per data version).

export type SimulatedMonthState = { range: TMonthRange | null; error: string | null; isLoading: boolean };

type Answer = { key: string; range: TMonthRange | null; error: string | null };

export function useSimulatedMonth(scope: TBurnDownScope, isWanted: boolean, refreshKey: string | number): SimulatedMonthState {
  const key = `${scope.kind}|${scope.id}|${refreshKey}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!isWanted) return;
    let isCurrent = true;
    const query = new URLSearchParams(scope.kind === 'company' ? { kind: 'company' } : { kind: scope.kind, id: scope.id });
    request('GET', `/api/forecast/month-range?${query.toString()}`, { reply: z.object({ range: ZMonthRange }) }).then(
      ({ range }) => {
        if (isCurrent) setAnswer({ key, range, error: null });
      },
      (error: unknown) => {
        if (isCurrent) setAnswer({ key, range: null, error: messageOf(error) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [key, scope.kind, scope.id, isWanted]);
  // While a newer answer is on its way the last one stays drawn.
  return { range: answer?.range ?? null, error: answer?.key === key ? answer.error : null, isLoading: isWanted && answer?.key !== key };
}
