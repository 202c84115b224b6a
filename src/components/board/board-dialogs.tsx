'use client';

import dynamic from 'next/dynamic';
import { canEditDeal, type BoardActor } from '@/domain/board/permissions';
import { DealDetailsDialog } from './deal-details-dialog';
import { MoveDealDialog } from './move-deal-dialog';
import type { BoardState } from './use-board';

// The create/edit and close forms validate with the deal schemas (zod): they load when
// first opened, so the board's first download and hydration carry neither.
const DealFormDialog = dynamic(() => import('./deal-form-dialog').then((module) => module.DealFormDialog), { ssr: false });
const CloseDealDialog = dynamic(() => import('./close-deal-dialog').then((module) => module.CloseDealDialog), { ssr: false });

/** The board's open dialog, if any: a deal's details, the create or edit form, Move to…, or closing a deal. */
export function BoardDialogs({ state, actor }: { state: BoardState; actor: BoardActor }) {
  const { dialog, setDialog, closeDialog, cardsById, teamsById, primaryTeam, actions, creatableOwners, lanes, canEnter } = state;
  if (!dialog) return null;
  const card = 'dealId' in dialog ? cardsById.get(dialog.dealId) : undefined;
  const team = card ? teamsById.get(card.teamId) : undefined;

  switch (dialog.kind) {
    case 'details':
      return (
        <DealDetailsDialog
          dealId={dialog.dealId}
          card={card}
          team={team ?? primaryTeam}
          nameOf={state.nameOf}
          now={state.now}
          canEdit={card ? canEditDeal(actor, card) : false}
          onEdit={() => setDialog({ kind: 'edit', dealId: dialog.dealId })}
          onMove={() => setDialog({ kind: 'move', dealId: dialog.dealId })}
          onDelete={() => {
            setDialog(null);
            void actions.remove(dialog.dealId);
          }}
          onClose={closeDialog}
        />
      );
    case 'create':
      return (
        <DealFormDialog
          mode="create"
          owners={creatableOwners}
          defaultOwnerId={dialog.ownerId ?? creatableOwners.find((owner) => owner.id === actor.id)?.id ?? creatableOwners[0]?.id ?? actor.id}
          onSubmit={async (input) => {
            await actions.create(input);
            setDialog(null);
          }}
          onCancel={closeDialog}
        />
      );
    case 'edit':
      return card ? (
        <DealFormDialog
          mode="edit"
          card={card}
          onSubmit={async (input) => {
            await actions.edit(dialog.dealId, input);
            setDialog({ kind: 'details', dealId: dialog.dealId });
          }}
          onCancel={closeDialog}
        />
      ) : null;
    case 'move':
      return card ? (
        <MoveDealDialog
          card={card}
          owners={lanes
            .filter((lane) => lane.userId === card.ownerId || canEnter(card, lane.userId, card.stage === 'COMPLETED' ? 'IN_PROGRESS' : card.stage))
            .map((lane) => ({ id: lane.userId, name: lane.name }))}
          onCancel={closeDialog}
          onConfirm={(choice) => {
            setDialog(null);
            state.moveToCell(card, choice.ownerId, choice.stage, choice.place);
          }}
        />
      ) : null;
    case 'close':
      return card ? (
        <CloseDealDialog
          card={card}
          team={team}
          onCancel={closeDialog}
          onConfirm={(input) => {
            setDialog(null);
            void actions.close(dialog.dealId, dialog.target, input);
          }}
        />
      ) : null;
  }
}
