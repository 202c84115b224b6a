'use client';

import { useState, type FormEvent } from 'react';
import { ZTvFraming, type TTvFraming } from '@/schemas/tv-framing';
import { request } from '@/lib/api-client';
import { Field, FormAlert } from '@/components/ui/field';
import { FormActions } from '@/components/ui/button';
import { useZodForm } from '@/components/ui/use-zod-form';

// Admins: which signage players may show the TV pages inside a frame. One origin a line;
// saved to the organisation (audited) and written into the TV pages' frame-ancestors.
// Every other page refuses to be framed.

function originsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

export function TvFramingForm({ initial }: { initial: TTvFraming }) {
  const [text, setText] = useState(initial.origins.join('\n'));
  const form = useZodForm();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await form.submit({
      form: event.currentTarget,
      schema: ZTvFraming,
      value: { origins: originsOf(text) },
      send: (data) => request('PUT', '/api/admin/tv-framing', { body: data, reply: ZTvFraming }),
      done: ({ origins }) => (origins.length === 0 ? 'Saved: no site may frame the TV pages.' : `Saved: ${origins.join(', ')}.`),
    });
    if (outcome.ok) setText(outcome.result.origins.join('\n'));
  }

  return (
    <section className="card" aria-labelledby="tv-framing-heading">
      <h2 id="tv-framing-heading" className="card-title">
        Signage players
      </h2>
      <p className="wallboard-explanation">
        A TV link opens on its own. To show it inside a digital-signage player&apos;s frame, list the player&apos;s origin here. Other sites,
        and every other Cadence page, can never frame Cadence.
      </p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Field
          id="tv-framing-origins"
          label="Origins allowed to frame TV pages"
          hint="One a line, like https://signage.example.com (scheme and host, optional port). Leave empty to allow none."
          error={form.errors.origins}
        >
          {(control) => (
            <textarea {...control} name="origins" rows={3} value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} />
          )}
        </Field>
        <FormAlert message={form.formError} />
        <FormActions submitLabel="Save origins" isBusy={form.isBusy}>
          {form.done ? (
            <span role="status" className="field-hint">
              {form.done}
            </span>
          ) : null}
        </FormActions>
      </form>
    </section>
  );
}
