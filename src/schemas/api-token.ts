import { z } from 'zod';
import { ZText } from './primitives';

// Shared by the token form in the browser and the API route.

export const ZCreateApiTokenInput = z.object({
  name: ZText.trim().min(1, 'Give the token a name').max(80, 'Keep the name under 80 characters'),
});
export type TCreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export const ZApiTokenSummary = z.object({
  id: ZText,
  name: ZText,
  prefix: ZText,
  createdAt: ZText,
  lastUsedAt: ZText.nullable(),
  revokedAt: ZText.nullable(),
}).meta({ id: 'ApiTokenSummary', description: 'A personal API token, without its secret' });
export type TApiTokenSummary = z.infer<typeof ZApiTokenSummary>;

export const ZCreatedApiToken = ZApiTokenSummary.extend({
  /** The token itself, returned only once, at creation. */
  token: ZText,
});
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;
