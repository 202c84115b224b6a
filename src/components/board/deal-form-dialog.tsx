'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { describeMoneyInputProblem, formatMoney, moneyInputToMinor, parseMoneyInput, toMajorUnits } from '@/domain/money';
import {
  ZCreateDealInput,
  ZUpdateDealInput,
  openDealStages,
  type TCreateDealInput,
  type TDealCard,
  type TOpenDealStage,
  type TUpdateDealInput,
} from '@/schemas/deal';
import type { OwnerChoice } from '@/domain/board/board-layout';
import { stageLabels } from './board-format';
import { currentDealOf, newIdempotencyKey } from './deals-api';
import { ApiError } from '@/lib/api-client';
import { FormActions } from '@/components/ui/button';
import { Field, type FieldErrors, FormAlert, ItemOptions, Options } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import { Dialog } from '@/components/ui/dialog';

// Creating and editing a deal, validated with the same zod schemas the server parses
// with. The dialog stays open on a refusal and shows the server's reasons by field.

export type { OwnerChoice };

type CommonProps = {
  onCancel: () => void;
};

type CreateProps = CommonProps & {
  mode: 'create';
  owners: OwnerChoice[];
  defaultOwnerId: string;
  defaultStage?: TOpenDealStage;
  onSubmit: (input: TCreateDealInput) => Promise<void>;
};

type EditProps = CommonProps & {
  mode: 'edit';
  card: TDealCard;
  onSubmit: (input: TUpdateDealInput) => Promise<void>;
};

type EditableField = 'account' | 'title' | 'amountMinor' | 'expectedCloseDate' | 'noteworthy' | 'notes';
const editableFields: readonly EditableField[] = ['account', 'title', 'amountMinor', 'expectedCloseDate', 'noteworthy', 'notes'];
const fieldLabels: Record<EditableField, string> = {
  account: 'Account',
  title: 'Title',
  amountMinor: 'Amount',
  expectedCloseDate: 'Expected close',
  noteworthy: 'Noteworthy',
  notes: 'Notes',
};

function showValue(card: TDealCard, field: EditableField): string {
  const value = card[field];
  if (field === 'amountMinor') return formatMoney(card.amountMinor, card.currency, 'en-US');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === '') return '(empty)';
  return String(value);
}

/** Puts a value of `card` into the form's control for `field` (the form's inputs are uncontrolled). */
function setFormValue(form: HTMLFormElement, card: TDealCard, field: EditableField): void {
  const name = field === 'amountMinor' ? 'amount' : field;
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = card.noteworthy;
  else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    control.value = field === 'amountMinor' ? String(toMajorUnits(card.amountMinor, card.currency)) : String(card[field] ?? '');
  }
}

export function DealFormDialog(props: CreateProps | EditProps) {
  const id = useId();
  // An edit form works on the deal as it was when the form opened: only the fields the
  // user changes are sent, against that version, so a colleague's change to another
  // field is kept (the server merges it). A newer card (a live update, or the one a 409
  // sends back) is shown beside it, field by field, for the user to choose from.
  const [openedCard, setOpenedCard] = useState(props.mode === 'edit' ? props.card : null);
  const [conflictCard, setConflictCard] = useState<TDealCard | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const card = openedCard;
  const liveCard = props.mode === 'edit' ? props.card : null;
  const newerCard =
    [conflictCard, liveCard]
      .filter((candidate): candidate is TDealCard => !!candidate && !!openedCard && candidate.version > openedCard.version)
      .sort((a, b) => b.version - a.version)[0] ?? null;
  const changedUnderneath = newerCard && openedCard ? editableFields.filter((field) => newerCard[field] !== openedCard[field]) : [];
  const [ownerId, setOwnerId] = useState(props.mode === 'create' ? props.defaultOwnerId : (card?.ownerId ?? ''));
  const owner = props.mode === 'create' ? props.owners.find((choice) => choice.id === ownerId) : undefined;
  const currency = card?.currency ?? owner?.currency ?? 'USD';
  const form = useZodForm({ summarizeFieldErrors: false });
  const errors = form.errors;
  // One user action, one key: sending the form again after a failure cannot create twice.
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const amount = parseMoneyInput(text('amount'), currency);
    const amountMinor = moneyInputToMinor(amount);
    const expectedCloseDate = text('expectedCloseDate') || null;
    const fields = {
      account: text('account'),
      title: text('title'),
      amountMinor,
      expectedCloseDate,
      noteworthy: data.get('noteworthy') === 'on',
      notes: text('notes'),
    };
    const adjustErrors = (found: FieldErrors): FieldErrors =>
      amount.ok ? found : { ...found, amountMinor: describeMoneyInputProblem(amount.problem, currency) };

    if (props.mode === 'create') {
      await form.submit({
        form: event.currentTarget,
        schema: ZCreateDealInput,
        value: { ...fields, stage: text('stage') || 'BACKLOG', ownerId, idempotencyKey: idempotencyKey.current },
        adjustErrors,
        send: props.onSubmit,
      });
      return;
    }
    const current = openedCard ?? props.card;
    const changed: Record<string, unknown> = {};
    if (fields.account.trim() !== current.account) changed.account = fields.account;
    if (fields.title.trim() !== current.title) changed.title = fields.title;
    if (Number.isNaN(fields.amountMinor) || fields.amountMinor !== current.amountMinor) changed.amountMinor = fields.amountMinor;
    if (fields.expectedCloseDate !== current.expectedCloseDate) changed.expectedCloseDate = fields.expectedCloseDate;
    if (fields.noteworthy !== current.noteworthy) changed.noteworthy = fields.noteworthy;
    if (fields.notes !== current.notes) changed.notes = fields.notes;
    if (Object.keys(changed).length === 0) {
      props.onCancel();
      return;
    }
    await form.submit({
      form: event.currentTarget,
      schema: ZUpdateDealInput,
      value: { ...changed, version: current.version, idempotencyKey: idempotencyKey.current },
      adjustErrors,
      send: async (input: TUpdateDealInput) => {
        try {
          await props.onSubmit(input);
        } catch (error) {
          const theirs = currentDealOf(error);
          if (!theirs || !(error instanceof ApiError)) throw error;
          // A field the user changed was changed by someone else too: show theirs beside
          // it; "Save" then sends what the form holds against the newer version.
          setConflictCard(theirs);
          throw new ApiError({
            status: error.status,
            code: error.code,
            message: 'Someone else changed this deal while you were editing it. Choose their value or keep yours below, then save again.',
          });
        }
      },
    });
  }

  const title = props.mode === 'create' ? 'New deal' : `Edit ${props.card.account}`;
  return (
    <Dialog title={title} onClose={props.onCancel} testId="deal-form-dialog">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="board-form">
        {newerCard && openedCard && changedUnderneath.length > 0 ? (
          <div className="notice" role="status" data-testid="deal-changed-underneath">
            <p>Someone else changed this deal while you had it open. Fields you leave alone keep their new values.</p>
            <ul className="board-conflicts">
              {changedUnderneath.map((field) => (
                <li key={field} data-field={field}>
                  <strong>{fieldLabels[field]}</strong>: theirs <ins>{showValue(newerCard, field)}</ins>; yours is in the form (it was{' '}
                  <del>{showValue(openedCard, field)}</del> when you opened it){' '}
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => {
                      if (formRef.current) setFormValue(formRef.current, newerCard, field);
                    }}
                  >
                    Use theirs
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button secondary small"
              onClick={() => {
                setOpenedCard(newerCard);
                setConflictCard(null);
                form.reset();
              }}
            >
              Keep mine
            </button>
          </div>
        ) : null}
        <div className="board-form-grid">
          <Field compact id={`${id}-account`} label="Account" error={errors.account} className="span-2">
            {(control) => <input {...control} name="account" defaultValue={card?.account ?? ''} autoComplete="off" data-autofocus />}
          </Field>
          <Field compact id={`${id}-title`} label="Title" error={errors.title} className="span-2">
            {(control) => <input {...control} name="title" defaultValue={card?.title ?? ''} autoComplete="off" placeholder="e.g. Platform renewal 2027" />}
          </Field>
          <Field compact id={`${id}-amount`} label={`Amount (${currency})`} error={errors.amountMinor}>
            {(control) => (
              <input
                {...control}
                name="amount"
                inputMode="decimal"
                autoComplete="off"
                defaultValue={card ? String(toMajorUnits(card.amountMinor, card.currency)) : ''}
              />
            )}
          </Field>
          <Field compact id={`${id}-close`} label="Expected close" error={errors.expectedCloseDate} hint="Optional">
            {(control) => <input {...control} type="date" name="expectedCloseDate" defaultValue={card?.expectedCloseDate ?? ''} />}
          </Field>
          {props.mode === 'create' ? (
            <>
              <Field compact id={`${id}-stage`} label="Column" error={errors.stage}>
                {(control) => (
                  <select {...control} name="stage" defaultValue={props.defaultStage ?? 'BACKLOG'}>
                    <Options values={openDealStages} labels={stageLabels} />
                  </select>
                )}
              </Field>
              {props.owners.length > 1 ? (
                <Field compact id={`${id}-owner`} label="Owner" error={errors.ownerId}>
                  {(control) => (
                    <select {...control} name="ownerId" value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
                      <ItemOptions items={props.owners} />
                    </select>
                  )}
                </Field>
              ) : null}
            </>
          ) : null}
          <Field compact id={`${id}-notes`} label="Notes" error={errors.notes} className="span-2">
            {(control) => <textarea {...control} name="notes" rows={3} defaultValue={card?.notes ?? ''} />}
          </Field>
          <div className="board-check span-2">
            <input id={`${id}-noteworthy`} type="checkbox" name="noteworthy" defaultChecked={card?.noteworthy ?? false} />
            <label htmlFor={`${id}-noteworthy`}>Noteworthy: flag it for the stand-up and the retrospective</label>
          </div>
        </div>
        <FormAlert message={form.formError ?? errors.form} />
        <FormActions layout="end" submitLabel={props.mode === 'create' ? 'Create deal' : 'Save changes'} isBusy={form.isBusy} onCancel={props.onCancel} />
      </form>
    </Dialog>
  );
}
