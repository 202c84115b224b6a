'use client';

import type { ColumnTotals } from '@/domain/board/column-totals';
import { dealStages } from '@/schemas/deal-stages';
import type { TDealStage } from '@/schemas/deal';
import { stageLabels } from './board-format';

// On a phone the board shows one column at a time (board.css, below 760 px): these
// buttons choose which, each with its number of deals. A card moves to another column
// through its actions menu ("Move to …"); a long press drags it within the column shown.
// On wider screens the switcher is hidden and every column shows.

export function BoardColumnSwitcher({
  shown,
  totals,
  onShow,
}: {
  shown: TDealStage;
  totals: Record<TDealStage, ColumnTotals>;
  onShow: (stage: TDealStage) => void;
}) {
  return (
    <div className="board-column-switcher" role="group" aria-label="Column shown">
      {dealStages.map((stage) => (
        <button key={stage} type="button" aria-pressed={stage === shown} data-stage={stage} onClick={() => onShow(stage)}>
          <span className="board-stage-dot" data-stage={stage} aria-hidden="true" />
          {stageLabels[stage]}
          <span className="board-column-switcher-count">{totals[stage].count}</span>
        </button>
      ))}
    </div>
  );
}
