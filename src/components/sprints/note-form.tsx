'use client';

import { forwardRef, useId, useState, type FormEvent } from 'react';
import type { TRetroNote, TRetroNoteKind } from '@/schemas/sprint';
import { ZCreateRetroNoteInput } from '@/schemas/sprint';
import { errorsFromFailure, FieldError } from './form-errors';
import { FormAlert } from '@/components/ui/field';
import { FormActions } from '@/components/ui/button';
import { noteKindLabels } from './sprint-format';
import { parseTagsText } from './tags-input';
import { addNote } from './sprints-api';
import { focusFirstInvalid } from '@/components/ui/use-zod-form';

// Adds a retrospective note to the sprint or to one of its deals, under "went well" or
// "to improve", with tags. What was typed stays put when the server refuses it.

export type NoteSubject = { dealId: string; label: string };

type Errors = Partial<Record<'text' | 'tags' | 'dealId' | 'kind' | 'form', string>>;

export const NoteForm = forwardRef<HTMLTextAreaElement, {
  teamId: string;
  sprintId: string;
  deals: NoteSubject[];
  dealId: string;
  onDealIdChange: (dealId: string) => void;
  onAdded: (note: TRetroNote) => void;
}>(function NoteForm({ teamId, sprintId, deals, dealId, onDealIdChange, onAdded }, textRef) {
  const id = useId();
  const [kind, setKind] = useState<TRetroNoteKind>('WENT_WELL');
  const [text, setText] = useState('');
  const [tagsText, setTagsText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [isSaving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const tags = parseTagsText(tagsText);
    const parsed = ZCreateRetroNoteInput.safeParse({ kind, text, dealId: dealId || null, tags: tags.tags });
    const nextErrors: Errors = {};
    if (tags.error) nextErrors.tags = tags.error;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form') as keyof Errors;
        nextErrors[field] ??= issue.message;
      }
    }
    if (Object.keys(nextErrors).length > 0 || !parsed.success) {
      focusFirstInvalid(event.currentTarget);
      setErrors(nextErrors);
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const { note } = await addNote(teamId, sprintId, parsed.data);
      onAdded(note);
      setText('');
      setTagsText('');
      setAdded(`Note added under “${noteKindLabels[note.kind]}”.`);
    } catch (caught) {
      setErrors(errorsFromFailure(caught, ['text', 'tags', 'dealId', 'kind'] as const));
    } finally {
      setSaving(false);
    }
  }

  const describedBy = (name: keyof Errors, hint?: boolean) =>
    [hint ? `${id}-${name}-hint` : null, errors[name] ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const errorText = (name: keyof Errors) => <FieldError id={`${id}-${name}-error`} message={errors[name]} />;

  return (
    <form aria-label="Add note" className="note-form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <fieldset className="sprint-fieldset note-kind-choice">
        <legend>Kind of note</legend>
        {(['WENT_WELL', 'TO_IMPROVE'] as const).map((value) => (
          <label key={value} className="radio-choice">
            <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
            {noteKindLabels[value]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-deal`}>About</label>
        <select id={`${id}-deal`} value={dealId} onChange={(event) => onDealIdChange(event.target.value)} aria-describedby={describedBy('dealId')}>
          <option value="">The sprint as a whole</option>
          {deals.map((deal) => (
            <option key={deal.dealId} value={deal.dealId}>
              {deal.label}
            </option>
          ))}
        </select>
        {errorText('dealId')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Note</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="note-text"
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('text')}
        />
        {errorText('text')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input
          id={`${id}-tags`}
          value={tagsText}
          autoComplete="off"
          onChange={(event) => setTagsText(event.target.value)}
          aria-invalid={errors.tags ? true : undefined}
          aria-describedby={describedBy('tags', true)}
        />
        <span id={`${id}-tags-hint`} className="field-hint">
          Separate with commas or spaces, e.g. discovery-call, pricing
        </span>
        {errorText('tags')}
      </div>
      <FormActions submitLabel="Add note" busyLabel="Adding…" isBusy={isSaving}>
        <span role="status" className="success small">
          {added ?? ''}
        </span>
      </FormActions>
    </form>
  );
});
