'use client';

import { useState, type FormEvent } from 'react';
import { ZDeactivation, type TPerson } from '@/schemas/admin';
import { sortHandOverCandidates } from '@/domain/admin/people';
import { apiPath, request } from '@/lib/api-client';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { Field, FormAlert, ItemOptions } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';

// Deactivating a person who left: their open deals go to someone else first.

export function DeactivateDialog({
  person,
  candidates,
  onClose,
  onDone,
}: {
  person: TPerson;
  candidates: TPerson[];
  onClose: () => void;
  onDone: (person: TPerson, handedOver: number) => void;
}) {
  const sameTeamFirst = sortHandOverCandidates(candidates, person);
  const [handOverTo, setHandOverTo] = useState(person.openDealCount > 0 ? '' : '');
  const submission = useZodForm();
  const { errors, formError, isBusy: isSaving, setErrors } = submission;
  const hasOpenDeals = person.openDealCount > 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (hasOpenDeals && !handOverTo) {
      setErrors({ handOverToUserId: `Choose who takes over ${person.name}'s open deals` });
      return;
    }
    await submission.submit({
      form: event.currentTarget,
      value: undefined,
      send: async () => {
        const reply = await request('POST', apiPath('/api/admin/people', person.id, 'deactivate'), { reply: ZDeactivation, body: {
          handOverToUserId: handOverTo || null,
        } });
        onDone(reply.person, reply.handedOverDeals);
      },
    });
  }

  return (
    <Dialog title={`Deactivate ${person.name}?`} description="They can no longer sign in. Their history stays." onClose={onClose} testId="deactivate-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field
          id="deactivate-hand-over"
          label="Hand open deals to"
          error={errors.handOverToUserId}
          hint={hasOpenDeals ? `${person.name} has ${person.openDealCount} open deal(s); they move to this person and their team.` : `${person.name} has no open deals.`}
        >
          {(control) => (
            <select {...control} value={handOverTo} onChange={(event) => setHandOverTo(event.currentTarget.value)} required={hasOpenDeals} data-autofocus>
              <option value="">{hasOpenDeals ? 'Choose a person…' : 'Nobody'}</option>
              <ItemOptions items={sameTeamFirst} label={(candidate) => <>{candidate.name} ({candidate.teamName ?? 'no team'})</>} />
            </select>
          )}
        </Field>
        <FormActions submitLabel={`Deactivate ${person.name}`} busyLabel="Deactivating…" isBusy={isSaving} variant="danger" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
