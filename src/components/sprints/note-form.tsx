'use client';

import { forwardRef, useId, useState, type FormEvent } from 'react';
import type { TRetroNote, TRetroNoteKind } from '@/schemas/sprint';
import { ZCreateRetroNoteInput } from '@/schemas/sprint';
import { FormActions } from '@/components/ui/button';
import { Field, FormAlert, ItemOptions } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import { noteKindLabels } from './sprint-format';
import { completeTag, parseTagsText, wordBeingTyped } from './tags-input';
import { reconcileTags, suggestTags, type TagCount } from '@/domain/sprints/tags';
import { addNote } from './sprints-api';

// Adds a retrospective note to the sprint or to one of its deals, under "went well" or
// "to improve", with tags. What was typed stays put when the server refuses it.

export type NoteSubject = { dealId: string; label: string };

/** Tags already in use that start like the word being typed; choosing one completes it. */
function TagSuggestions({ suggestions, onChoose }: { suggestions: TagCount[]; onChoose: (tag: string) => void }) {
  if (suggestions.length === 0) return null;
  return (
    <div className="tag-suggestions" role="group" aria-label="Tags in use">
      <span className="muted small">In use:</span>
      {suggestions.map((entry) => (
        <button key={entry.tag} type="button" className="button secondary small" onClick={() => onChoose(entry.tag)}>
          #{entry.tag} <span className="muted">({entry.count})</span>
        </button>
      ))}
    </div>
  );
}

export const NoteForm = forwardRef<HTMLTextAreaElement, {
  teamId: string;
  sprintId: string;
  deals: NoteSubject[];
  dealId: string;
  onDealIdChange: (dealId: string) => void;
  onAdded: (note: TRetroNote) => void;
  /** Tags in use, suggested as the user types one. */
  tagsInUse?: TagCount[];
}>(function NoteForm({ teamId, sprintId, deals, dealId, onDealIdChange, onAdded, tagsInUse = [] }, textRef) {
  const id = useId();
  const [kind, setKind] = useState<TRetroNoteKind>('WENT_WELL');
  const [text, setText] = useState('');
  const [tagsText, setTagsText] = useState('');
  const submission = useZodForm();
  const { errors, isBusy: isSaving } = submission;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tags = parseTagsText(tagsText);
    const tagsError = tags.error ? { tags: tags.error } : null;
    // The spelling already in use, as the server will save it.
    tags.tags = reconcileTags(tags.tags, tagsInUse);
    await submission.submit({
      form: event.currentTarget,
      schema: ZCreateRetroNoteInput,
      value: { kind, text, dealId: dealId || null, tags: tags.tags },
      adjustErrors: (found) => ({ ...found, ...tagsError }),
      check: () => tagsError,
      send: async (input) => {
        const { note } = await addNote(teamId, sprintId, input);
        onAdded(note);
        setText('');
        setTagsText('');
        return note;
      },
      done: (note) => `Note added under “${noteKindLabels[note.kind]}”.`,
    });
  }

  return (
    <form aria-label="Add note" className="note-form" onSubmit={submit} noValidate>
      <FormAlert message={submission.formError ?? errors.form} />
      <fieldset className="sprint-fieldset note-kind-choice">
        <legend>Kind of note</legend>
        {(['WENT_WELL', 'TO_IMPROVE'] as const).map((value) => (
          <label key={value} className="radio-choice">
            <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
            {noteKindLabels[value]}
          </label>
        ))}
      </fieldset>
      <Field id={`${id}-deal`} label="About" error={errors.dealId}>
        {(control) => (
          <select {...control} value={dealId} onChange={(event) => onDealIdChange(event.target.value)}>
            <option value="">The sprint as a whole</option>
            <ItemOptions items={deals} value={(deal) => deal.dealId} label={(deal) => deal.label} />
          </select>
        )}
      </Field>
      <Field id={`${id}-text`} label="Note" error={errors.text}>
        {(control) => (
          <textarea {...control} ref={textRef} className="note-text" rows={3} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </Field>
      <Field id={`${id}-tags`} label="Tags" error={errors.tags} hint="Separate with commas or spaces, e.g. discovery-call, pricing">
        {(control) => <input {...control} value={tagsText} autoComplete="off" onChange={(event) => setTagsText(event.target.value)} />}
      </Field>
      <TagSuggestions
        suggestions={suggestTags(wordBeingTyped(tagsText), tagsInUse, { exclude: parseTagsText(tagsText).tags.slice(0, -1) })}
        onChoose={(tag) => setTagsText(completeTag(tagsText, tag))}
      />
      <FormActions submitLabel="Add note" busyLabel="Adding…" isBusy={isSaving} done={submission.done} />
    </form>
  );
});
