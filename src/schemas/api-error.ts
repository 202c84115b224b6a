import { z } from 'zod';
import { ZText } from './primitives';

// The body of every error the JSON API answers (src/server/http.ts builds it), shared by
// the server, the browser's API client (src/lib/api-client.ts rebuilds an ApiError from it)
// and the OpenAPI document (component ErrorBody).

export const errorCodes = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type TApiErrorCode = (typeof errorCodes)[number];

/** The codes a use case refuses with (AppError), and the HTTP status each is sent with. INTERNAL (500) is the server's own failure. */
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
} as const satisfies Partial<Record<TApiErrorCode, number>>;

export type ErrorCode = keyof typeof errorStatus;

export const ZApiErrorIssue = z
  .object({
    path: ZText.meta({ description: 'The field, dot-separated (`(body)` for the whole body)' }),
    message: ZText,
  })
  .meta({ id: 'ErrorIssue', description: 'One field the server refused, and why' });

export const ZApiErrorBody = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).meta({ description: 'Stable, machine-readable; maps one-to-one to the HTTP status' }),
      message: ZText.meta({ description: 'A sentence a person can read' }),
      issues: z.array(ZApiErrorIssue).optional().meta({ description: 'On 400: each field refused' }),
    }),
    details: z
      .unknown()
      .optional()
      .meta({ description: 'Extra facts for some errors: on a 409 for a deal, `details.deal` is the deal as it is now, and for an edit based on an older version `details.conflicts` lists each field changed meanwhile as {field, base, theirs, yours}' }),
  })
  .meta({ id: 'ErrorBody', description: 'Every error answer: a code, a readable message, and per-field issues on 400' });
export type TApiErrorBody = z.infer<typeof ZApiErrorBody>;
export type TApiIssue = z.infer<typeof ZApiErrorIssue>;
