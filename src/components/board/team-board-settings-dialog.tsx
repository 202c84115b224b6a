'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ZTeamBoardSettings, ZTeamBoardSettingsInput } from '@/schemas/admin';
import type { TBoardTeam } from '@/schemas/deal';
import { apiPath, request } from '@/lib/api-client';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/field';
import { FormActions } from '@/components/ui/button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { defaultBoardSettings, BoardSettingsFields, boardSettingsForm, boardSettingsFromForm, type BoardSettingsForm } from './team-board-settings-fields';

const ZSettingsReply = z.object({ settings: ZTeamBoardSettings });

/** The board settings as the board holds them (per stage), in the flat shape the form and the API use. */
function settingsOf(team: TBoardTeam) {
  return {
    staleAfterDays: team.staleAfterDays,
    staleAfterDaysBacklog: team.staleAfterDaysByStage?.BACKLOG ?? null,
    staleAfterDaysTodo: team.staleAfterDaysByStage?.TODO ?? null,
    staleAfterDaysInProgress: team.staleAfterDaysByStage?.IN_PROGRESS ?? null,
    weightBacklog: team.stageWeights?.BACKLOG ?? defaultBoardSettings.weightBacklog,
    weightTodo: team.stageWeights?.TODO ?? defaultBoardSettings.weightTodo,
    weightInProgress: team.stageWeights?.IN_PROGRESS ?? defaultBoardSettings.weightInProgress,
  };
}

/**
 * A team's board settings, from its board: its lead, its manager or an admin sets when
 * cards count as stale, per column, and the stage weights. Saved, the board reloads with them.
 */
export function TeamBoardSettingsDialog({ team, onClose, onSaved }: { team: TBoardTeam; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = useState<BoardSettingsForm>(() => boardSettingsForm(settingsOf(team)));
  const submission = useZodForm();
  const { errors, formError, isBusy } = submission;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submission.submit({
      form: event.currentTarget,
      schema: ZTeamBoardSettingsInput,
      value: boardSettingsFromForm(form),
      send: (input) => request('PATCH', apiPath('/api/teams', team.id, 'board-settings'), { reply: ZSettingsReply, body: input }),
    });
    if (outcome.ok) onSaved();
  }

  return (
    <Dialog title={`${team.name}: board settings`} description="When a card counts as stale, and how much each column weighs in the projection." onClose={onClose} testId="board-settings-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <BoardSettingsFields idPrefix="board-settings" form={form} errors={errors} onChange={(key, value) => setForm((current) => ({ ...current, [key]: value }))} />
        <FormActions submitLabel="Save settings" isBusy={isBusy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
