'use client';

import { useId, useState, type FormEvent } from 'react';
import { openDealStages } from '@/schemas/deal-stages';
import type { TDealCard, TOpenDealStage } from '@/schemas/deal';
import { stageLabels } from './board-format';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { ItemOptions, Options } from '@/components/ui/field';

// Moving a deal with ordinary form controls: to another column, to the top or bottom of
// it, and (for leads and above) to another rep's row. Closing has its own dialog.

export type MoveChoice = { ownerId: string; stage: TOpenDealStage; place: 'top' | 'bottom' };

export function MoveDealDialog({
  card,
  owners,
  onCancel,
  onConfirm,
}: {
  card: TDealCard;
  /** Reps the deal may go to (the current owner included). */
  owners: { id: string; name: string }[];
  onCancel: () => void;
  onConfirm: (choice: MoveChoice) => void;
}) {
  const id = useId();
  const isCompleted = card.stage === 'COMPLETED';
  const [ownerId, setOwnerId] = useState(card.ownerId);
  const [stage, setStage] = useState<TOpenDealStage>(card.stage === 'COMPLETED' ? 'IN_PROGRESS' : card.stage);
  const [place, setPlace] = useState<'top' | 'bottom'>('top');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm({ ownerId, stage, place });
  }

  return (
    <Dialog
      title={isCompleted ? `Reopen ${card.account}` : `Move ${card.account}`}
      description={card.title}
      onClose={onCancel}
      size="small"
      testId="move-deal-dialog"
    >
      <form onSubmit={submit} className="board-form">
        <div className="field is-compact">
          <label htmlFor={`${id}-stage`}>{isCompleted ? 'Reopen into' : 'Column'}</label>
          <select id={`${id}-stage`} value={stage} onChange={(event) => setStage(event.target.value as TOpenDealStage)} data-autofocus>
            <Options values={openDealStages} labels={stageLabels} />
          </select>
        </div>
        {owners.length > 1 && !isCompleted ? (
          <div className="field is-compact">
            <label htmlFor={`${id}-owner`}>Rep</label>
            <select id={`${id}-owner`} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
              <ItemOptions items={owners} />
            </select>
          </div>
        ) : null}
        <fieldset className="board-fieldset">
          <legend>Place in the column</legend>
          <div className="board-segmented">
            <label data-checked={place === 'top' || undefined}>
              <input type="radio" name="place" checked={place === 'top'} onChange={() => setPlace('top')} />
              Top
            </label>
            <label data-checked={place === 'bottom' || undefined}>
              <input type="radio" name="place" checked={place === 'bottom'} onChange={() => setPlace('bottom')} />
              Bottom
            </label>
          </div>
        </fieldset>
        <FormActions layout="end" submitLabel={isCompleted ? 'Reopen' : 'Move'} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
