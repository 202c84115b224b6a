'use client';

import { useId, useState, type FormEvent } from 'react';
import { closeDateChangesFromEvents, describeMove, summarizePushes } from '@/domain/signals/close-date-pushes';
import { currentChampion, hasChampionLeft } from '@/domain/signals/contacts';
import { nextStepStatus } from '@/domain/signals/next-step-status';
import { riskSignals } from '@/domain/signals/risk-signals';
import type { TBoardTeam, TDealCard, TDealChange, TDealContact } from '@/schemas/deal';
import { newIdempotencyKey, requestDealChange } from '@/components/board/deals-api';
import { ApiError } from '@/lib/api-client';
import { FormAlert } from '@/components/ui/field';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { riskInputOf } from './card-signals';
import { NextStepLine } from './next-step-line';
import { describeActivity } from '@/components/board/describe-change';

// In a deal's details: the risk signals with why, the next step (editable), the people on
// the deal with the champion (add, name champion, mark gone), each push of the close
// date, and the last activity. Pushes come from the loaded history with the same pure
// function the server uses.

export function DealSignalsSection({
  deal,
  team,
  history,
  now,
  canEdit,
}: {
  deal: TDealCard;
  team: TBoardTeam | undefined;
  history: TDealChange[] | null;
  now: Date;
  canEdit: boolean;
}) {
  const timeZone = team?.timeZone ?? 'UTC';
  const changes = history ? closeDateChangesFromEvents(history.map((change) => ({ occurredAt: change.occurredAt, before: change.before, after: change.deal }))) : [];
  const pushes = summarizePushes(changes, deal.expectedCloseDate);
  const contacts = deal.contacts ?? [];
  const signals = riskSignals(riskInputOf(deal), { pushes, thresholds: { staleAfterDays: team?.staleAfterDays ?? 14, byStage: team?.staleAfterDaysByStage }, now, timeZone });
  const status = nextStepStatus(deal.nextStepDueOn, now, timeZone);
  const isOpen = deal.stage !== 'COMPLETED' && !deal.deletedAt;

  return (
    <section className="deal-signals" aria-label="Signals" data-testid="deal-signals">
      {signals.length > 0 ? (
        <>
          <h3 className="deal-section-title">Risks</h3>
          <ul className="risk-list" data-testid="deal-risks">
            {signals.map((signal) => (
              <li key={signal.kind}>
                <strong>{signal.label}</strong>
                <span className="risk-why">{signal.why}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {isOpen ? (
        <>
          <h3 className="deal-section-title">Next step</h3>
          <p>
            <NextStepLine status={status} deal={deal} />
          </p>
          {canEdit ? <NextStepForm key={deal.version} deal={deal} /> : null}
        </>
      ) : null}

      {deal.lastActivityAt ? <p className="board-muted">Last activity: {describeActivity(deal).replace(/^logged /, '')}</p> : null}

      <h3 className="deal-section-title">People</h3>
      {hasChampionLeft(contacts) ? <p className="notice">Champion left: name a new champion.</p> : null}
      {contacts.length === 0 ? <p className="board-muted">No contacts yet.</p> : null}
      <ContactList key={deal.version} deal={deal} canEdit={canEdit} />

      {pushes.moves.length > 0 ? (
        <>
          <h3 className="deal-section-title">Close date moves</h3>
          <ol className="deal-pushes" data-testid="deal-pushes">
            {pushes.moves.map((move) => (
              <li key={`${move.occurredAt}-${move.to}`}>{describeMove(move)}</li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.issues[0]?.message ?? error.message;
  return 'That could not be saved. Try again.';
}

function NextStepForm({ deal }: { deal: TDealCard }) {
  const id = useId();
  const [text, setText] = useState(deal.nextStep ?? '');
  const [dueOn, setDueOn] = useState(deal.nextStepDueOn ?? '');
  const saving = useBusyAction({ describeError: messageOf });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await saving.run('save', () => requestDealChange('setNextStep', deal.id, { version: deal.version, nextStep: text, dueOn: dueOn || null, idempotencyKey: newIdempotencyKey() }));
  }

  return (
    <form className="board-form next-step-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-text`}>Next step</label>
      <input id={`${id}-text`} name="nextStep" maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
      <label htmlFor={`${id}-due`}>Due on</label>
      <input id={`${id}-due`} type="date" name="nextStepDueOn" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
      <FormAlert message={saving.error} />
      <button type="submit" className="button secondary" disabled={saving.busy !== null}>
        Save next step
      </button>
    </form>
  );
}

function ContactList({ deal, canEdit }: { deal: TDealCard; canEdit: boolean }) {
  const id = useId();
  const contacts = deal.contacts ?? [];
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const saving = useBusyAction({ describeError: messageOf });
  const isSaving = saving.busy !== null;
  const champion = currentChampion(contacts);

  async function save(next: TDealContact[]) {
    const reply = await saving.run('save', () => requestDealChange('saveContacts', deal.id, { version: deal.version, contacts: next, idempotencyKey: newIdempotencyKey() }));
    return reply !== null;
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const contact = { id: newIdempotencyKey(), name, role, isChampion: champion === null && contacts.length === 0, hasLeft: false };
    if (await save([...contacts, contact])) {
      setName('');
      setRole('');
    }
  }

  const change = (contactId: string, update: (contact: TDealContact) => TDealContact) => void save(contacts.map((contact) => (contact.id === contactId ? update(contact) : contact)));

  return (
    <>
      {contacts.length > 0 ? (
        <ul className="deal-contacts" data-testid="deal-contacts">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <strong>{contact.name}</strong>
              {contact.role ? ` · ${contact.role}` : ''}
              {contact.isChampion ? ' · Champion' : ''}
              {contact.hasLeft ? ' · Has left' : ''}
              {canEdit ? (
                <span className="deal-contact-actions">
                  {!contact.isChampion && !contact.hasLeft ? (
                    <button
                      type="button"
                      className="board-link-button"
                      disabled={isSaving}
                      onClick={() =>
                        void save(contacts.map((other) => (other.id === contact.id ? { ...other, isChampion: true } : other.hasLeft ? other : { ...other, isChampion: false })))
                      }
                    >
                      Make champion
                    </button>
                  ) : null}
                  {!contact.hasLeft ? (
                    <button type="button" className="board-link-button" disabled={isSaving} onClick={() => change(contact.id, (current) => ({ ...current, hasLeft: true }))}>
                      {contact.isChampion ? `Mark ${contact.name} gone` : 'Mark gone'}
                    </button>
                  ) : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <form className="board-form contact-form" onSubmit={(event) => void add(event)} noValidate>
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} name="contactName" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
          <label htmlFor={`${id}-role`}>Role</label>
          <input id={`${id}-role`} name="contactRole" maxLength={120} value={role} onChange={(event) => setRole(event.target.value)} />
          <button type="submit" className="button secondary" disabled={isSaving}>
            Add contact
          </button>
        </form>
      ) : null}
      <FormAlert message={saving.error} />
    </>
  );
}
