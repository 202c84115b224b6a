import { z } from 'zod';

// The pacing wall: what it shows, and the read-only TV links that show it.

export const ZWallScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('company') }),
  z.object({ kind: z.literal('office'), officeId: z.string().min(1).max(100) }),
]);
export type TWallScope = z.infer<typeof ZWallScope>;

export const ZCreateWallTokenInput = z
  .object({
    name: z.string().trim().min(1, 'Name the screen, e.g. "London kitchen TV"').max(80, 'Keep the name under 80 characters'),
    scope: z.enum(['OFFICE', 'COMPANY']),
    officeId: z.string().min(1).max(100).nullable().optional(),
  })
  .refine((input) => input.scope === 'COMPANY' || !!input.officeId, {
    path: ['officeId'],
    message: 'Choose the office this screen shows',
  });
export type TCreateWallTokenInput = z.input<typeof ZCreateWallTokenInput>;

export const ZWallTokenSummary = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(['OFFICE', 'COMPANY']),
  officeId: z.string().nullable(),
  officeName: z.string().nullable(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TWallTokenSummary = z.infer<typeof ZWallTokenSummary>;

export const ZCreatedWallToken = ZWallTokenSummary.extend({
  /** The TV link's secret part; shown once. */
  token: z.string(),
  /** The path to open on the TV, e.g. /tv/wall_… */
  path: z.string(),
});
export type TCreatedWallToken = z.infer<typeof ZCreatedWallToken>;
