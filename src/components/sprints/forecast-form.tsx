'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { formatMoney } from '@/domain/money';
import type { TCommitment, TCommitmentGoal, TForecast, TSaveForecastInput, TSprintTeam } from '@/schemas/sprint';
import { FormAlert } from '@/components/ui/field';
import { FormActions } from '@/components/ui/button';
import { stageLabels } from '@/components/board/board-format';
import type { TDealStage } from '@/schemas/deal';
import { amountText, toForecastInput, type ForecastFieldErrors } from './forecast-input';
import { CommitmentBadge } from './commitment-badge';
import { formatTimeOfDay } from './sprint-format';
import { requestSaveForecast } from './sprints-api';
import { useZodForm } from '@/components/ui/use-zod-form';

// The signed-in rep's forecast for the month (commit and best case, in major units) and
// the deals they commit to move on or close this sprint. Input stays as typed on error.

export type ForecastDeal = { id: string; account: string; title: string; amountMinor: number; stage: TDealStage };

export function ForecastForm({
  team,
  sprintId,
  userId,
  forecast,
  commitments,
  openDeals,
}: {
  team: TSprintTeam;
  sprintId: string;
  userId: string;
  forecast: TForecast | null;
  commitments: TCommitment[];
  openDeals: ForecastDeal[];
}) {
  const router = useRouter();
  const id = useId();
  const [commitText, setCommitText] = useState(amountText(forecast?.commitMinor, team.currency));
  const [bestCaseText, setBestCaseText] = useState(amountText(forecast?.bestCaseMinor, team.currency));
  const [goals, setGoals] = useState<Record<string, TCommitmentGoal | ''>>(() =>
    Object.fromEntries(commitments.map((commitment) => [commitment.dealId, commitment.goal])),
  );
  const submission = useZodForm();
  const errors: ForecastFieldErrors = submission.errors;
  const isSaving = submission.isBusy;
  const money = (amountMinor: number) => formatMoney(amountMinor, team.currency, team.locale);
  const openIds = new Set(openDeals.map((deal) => deal.id));
  // Commitments on deals that are no longer open (won, lost) are kept as they are.
  const settled = commitments.filter((commitment) => !openIds.has(commitment.dealId));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = toForecastInput({ commitText, bestCaseText, goals }, team.currency);
    await submission.submit({
      form: event.currentTarget,
      value: result.input,
      check: () => result.errors,
      send: async (input: TSaveForecastInput) => {
        const { rep } = await requestSaveForecast(team.id, sprintId, userId, input);
        router.refresh();
        return rep.forecast?.createdAt ?? new Date().toISOString();
      },
      done: (savedAt) => `Forecast saved at ${formatTimeOfDay(savedAt, team.locale, team.timeZone)}`,
    });
  }

  const fieldProps = (name: 'commitMinor' | 'bestCaseMinor') => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': [`${id}-${name}-hint`, errors[name] ? `${id}-${name}-error` : null].filter(Boolean).join(' '),
  });

  return (
    <section className="card sprint-forecast" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sprint-section-title">
        Your forecast and commitments
      </h2>
      <form aria-label="Your forecast" onSubmit={submit} noValidate>
        <FormAlert message={submission.formError ?? errors.form} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-commitMinor`}>Commit for the month ({team.currency})</label>
            <input inputMode="decimal" autoComplete="off" value={commitText} onChange={(event) => setCommitText(event.target.value)} {...fieldProps('commitMinor')} />
            <span id={`${id}-commitMinor-hint`} className="field-hint">
              What you are sure to win this month, e.g. 12500
            </span>
            {errors.commitMinor ? (
              <span id={`${id}-commitMinor-error`} className="field-error">
                {errors.commitMinor}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-bestCaseMinor`}>Best case for the month ({team.currency})</label>
            <input inputMode="decimal" autoComplete="off" value={bestCaseText} onChange={(event) => setBestCaseText(event.target.value)} {...fieldProps('bestCaseMinor')} />
            <span id={`${id}-bestCaseMinor-hint`} className="field-hint">
              What you could win if things go your way; at least the commit
            </span>
            {errors.bestCaseMinor ? (
              <span id={`${id}-bestCaseMinor-error`} className="field-error">
                {errors.bestCaseMinor}
              </span>
            ) : null}
          </div>
        </div>

        <fieldset className="sprint-fieldset" aria-describedby={errors.commitments ? `${id}-commitments-error` : undefined}>
          <legend>Deals you commit to this sprint</legend>
          {errors.commitments ? (
            <p id={`${id}-commitments-error`} className="field-error">
              {errors.commitments}
            </p>
          ) : null}
          {openDeals.length === 0 ? (
            <p className="empty">You have no open deals to commit to.</p>
          ) : (
            <div className="admin-table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Deal</th>
                    <th scope="col">Column</th>
                    <th scope="col" className="numeric">
                      Amount
                    </th>
                    <th scope="col">Commitment</th>
                  </tr>
                </thead>
                <tbody>
                  {openDeals.map((deal) => (
                    <tr key={deal.id}>
                      <td>
                        <strong>{deal.account}</strong> · {deal.title}
                      </td>
                      <td>{stageLabels[deal.stage]}</td>
                      <td className="numeric">{money(deal.amountMinor)}</td>
                      <td>
                        <select
                          className="sprint-select"
                          aria-label={`Commitment for ${deal.account}: ${deal.title}`}
                          value={goals[deal.id] ?? ''}
                          onChange={(event) => setGoals((current) => ({ ...current, [deal.id]: event.target.value as TCommitmentGoal | '' }))}
                        >
                          <option value="">Not committed</option>
                          <option value="ADVANCE">Move on to the next column</option>
                          <option value="CLOSE">Close it</option>
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {settled.length > 0 ? (
            <div className="sprint-settled">
              <p className="muted small">Kept from earlier in the sprint (these deals are no longer open):</p>
              <ul className="commitment-list">
                {settled.map((commitment) => (
                  <li key={commitment.id}>
                    <CommitmentBadge status={commitment.status} />
                    <span>
                      <strong>{commitment.account}</strong> · {commitment.title}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </fieldset>

        <FormActions submitLabel="Save forecast" isBusy={isSaving} done={submission.done} />
      </form>
    </section>
  );
}
