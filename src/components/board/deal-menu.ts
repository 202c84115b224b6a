import { canEditDeal, type BoardActor } from '@/domain/board/permissions';
import { openDealStages } from '@/schemas/deal-stages';
import type { TDealCard } from '@/schemas/deal';
import type { MenuItem } from './actions-menu';
import { stageLabels } from './board-format';
import { currentPlace, othersInCell, type DropTarget, type GridModel } from './drop-target';

// The items of a card's actions menu: what the actor may do to the deal from where it is.

export type DealMenuHandlers = {
  openDetails: () => void;
  edit: () => void;
  move: (target: DropTarget) => void;
  askToClose: () => void;
  chooseWhere: () => void;
  remove: () => void;
};

export function dealMenuItems(card: TDealCard, actor: BoardActor, model: GridModel, handlers: DealMenuHandlers): MenuItem[] {
  const items: MenuItem[] = [{ label: 'Open details', onSelect: handlers.openDetails }];
  if (!canEditDeal(actor, card)) return items;
  items.push({ label: 'Edit…', onSelect: handlers.edit });
  items.push({ kind: 'separator', label: card.stage === 'COMPLETED' ? 'Reopen' : 'Move' });
  const move = (target: DropTarget) => () => handlers.move(target);
  if (card.stage === 'COMPLETED') {
    for (const stage of openDealStages) {
      items.push({ label: `Reopen into ${stageLabels[stage]}`, onSelect: move({ ownerId: card.ownerId, stage, index: 0 }) });
    }
  } else {
    for (const stage of openDealStages) {
      if (stage !== card.stage) items.push({ label: `Move to ${stageLabels[stage]}`, onSelect: move({ ownerId: card.ownerId, stage, index: 0 }) });
    }
    const place = currentPlace(model, card);
    const othersCount = othersInCell(model, card.ownerId, card.stage, card.id).length;
    if (place.index > 0) items.push({ label: 'Move up', onSelect: move({ ...place, index: place.index - 1 }) });
    if (place.index < othersCount) items.push({ label: 'Move down', onSelect: move({ ...place, index: place.index + 1 }) });
    items.push({ label: 'Close as won or lost…', onSelect: handlers.askToClose });
    items.push({ label: 'Move to…', onSelect: handlers.chooseWhere });
  }
  items.push({ kind: 'separator' });
  items.push({ label: 'Delete', tone: 'danger', onSelect: handlers.remove });
  return items;
}
