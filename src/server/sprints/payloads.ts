import type { ActionItem, Blocker, Forecast, Prisma } from '@/generated/prisma/client';
import type { TActionItem, TBlocker, TCommitment, TForecast, TRetroNote, TSprintRep } from '@/schemas/sprint';
import { sprintLabel } from './sprint-rows';
import { localDateOf } from '@/domain/calendar';
import { formatLocalDate } from '@/domain/pacing/working-days';

// Database rows to the shapes in src/schemas/sprint.ts.

export function toForecast(forecast: Forecast): TForecast {
  return {
    commitMinor: forecast.commitMinor,
    bestCaseMinor: forecast.bestCaseMinor,
    createdAt: forecast.createdAt.toISOString(),
    sprintId: forecast.sprintId,
  };
}

export function toBlocker(blocker: Blocker): TBlocker {
  return {
    id: blocker.id,
    repId: blocker.repId,
    text: blocker.text,
    createdAt: blocker.createdAt.toISOString(),
    resolvedAt: blocker.resolvedAt?.toISOString() ?? null,
  };
}

/** An action item is overdue once its due day has passed in the office's zone. */
export function toActionItem(item: ActionItem & { owner: { name: string } }, now: Date, timeZone: string): TActionItem {
  const dueOn = item.dueOn.toISOString().slice(0, 10);
  const today = formatLocalDate(localDateOf(now, timeZone));
  return {
    id: item.id,
    teamId: item.teamId,
    sprintId: item.sprintId,
    title: item.title,
    ownerId: item.ownerId,
    ownerName: item.owner.name,
    dueOn,
    createdAt: item.createdAt.toISOString(),
    doneAt: item.doneAt?.toISOString() ?? null,
    isOverdue: item.doneAt === null && dueOn < today,
  };
}

export const retroNoteInclude = {
  team: { select: { name: true, office: { select: { locale: true } } } },
  sprint: { select: { number: true, month: true } },
  deal: { select: { account: true } },
  author: { select: { name: true } },
} as const;

type RetroNoteRow = Prisma.RetroNoteGetPayload<{ include: typeof retroNoteInclude }>;

export function toRetroNote(note: RetroNoteRow): TRetroNote {
  return {
    id: note.id,
    teamId: note.teamId,
    teamName: note.team.name,
    sprintId: note.sprintId,
    sprintLabel: sprintLabel(note.sprint, note.team.office.locale),
    dealId: note.dealId,
    dealAccount: note.deal?.account ?? null,
    kind: note.kind,
    text: note.text,
    tags: note.tags,
    authorId: note.authorId,
    authorName: note.author?.name ?? null,
    createdAt: note.createdAt.toISOString(),
  };
}

/** A rep's row of a sprint: their month goal and wins (from their wall bar), latest forecast and commitments. */
export function toSprintRep(
  rep: { id: string; name: string; colour: string },
  bar: { goalMinor: number; closedWonMinor: number } | undefined,
  forecast: Forecast | undefined,
  commitments: TCommitment[],
): TSprintRep {
  return {
    userId: rep.id,
    name: rep.name,
    colour: rep.colour,
    goalMinor: Math.round(bar?.goalMinor ?? 0),
    closedWonMinor: Math.round(bar?.closedWonMinor ?? 0),
    forecast: forecast ? toForecast(forecast) : null,
    commitments,
  };
}
