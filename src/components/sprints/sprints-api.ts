import { z } from 'zod';
import { apiPath, request } from '@/lib/api-client';
import {
  ZActionItem,
  ZBlocker,
  ZRetroNote,
  ZSprintRep,
  ZStandup,
  type TCreateActionItemInput,
  type TCreateRetroNoteInput,
  type TSaveForecastInput,
} from '@/schemas/sprint';

// The browser's side of the sprint API: one function per mutation, each parsing the reply
// with the contract's schema. Refusals throw ApiError (its message is shown as is,
// its issues go next to the fields).

const teamSprint = (teamId: string, sprintId: string, ...rest: string[]) => apiPath('/api/teams', teamId, 'sprints', sprintId, ...rest);

export function requestSaveForecast(teamId: string, sprintId: string, userId: string, input: TSaveForecastInput) {
  return request('PUT', teamSprint(teamId, sprintId, 'forecasts', userId), { reply: z.object({ rep: ZSprintRep }), body: input });
}

/** The standup as it is now: read again when the team's deals or forecasts change during it. */
export function readStandup(teamId: string, sprintId: string, signal?: AbortSignal) {
  return request('GET', teamSprint(teamId, sprintId, 'standup'), { reply: ZStandup, signal });
}

export function requestFinishStandup(teamId: string, sprintId: string) {
  return request('POST', teamSprint(teamId, sprintId, 'standup'), { reply: z.object({ standup: z.object({ id: z.string(), heldAt: z.string() }) }) });
}

export function addBlocker(teamId: string, sprintId: string, input: { repId: string; text: string }) {
  return request('POST', teamSprint(teamId, sprintId, 'blockers'), { reply: z.object({ blocker: ZBlocker }), body: input });
}

export function setBlockerResolved(blockerId: string, resolved: boolean) {
  return request('PATCH', apiPath('/api/blockers', blockerId), { reply: z.object({ blocker: ZBlocker }), body: { resolved } });
}

export function addNote(teamId: string, sprintId: string, input: TCreateRetroNoteInput) {
  return request('POST', teamSprint(teamId, sprintId, 'notes'), { reply: z.object({ note: ZRetroNote }), body: input });
}

export function deleteNote(noteId: string) {
  return request('DELETE', apiPath('/api/notes', noteId), { reply: z.object({ note: ZRetroNote }) });
}

export function addActionItem(teamId: string, sprintId: string, input: TCreateActionItemInput) {
  return request('POST', teamSprint(teamId, sprintId, 'action-items'), { reply: z.object({ actionItem: ZActionItem }), body: input });
}

export function setActionItemDone(itemId: string, done: boolean) {
  return request('PATCH', apiPath('/api/action-items', itemId), { reply: z.object({ actionItem: ZActionItem }), body: { done } });
}
