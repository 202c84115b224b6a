import { z } from 'zod';

// The one shape of an error answer from the API: the server writes it (src/server/http.ts),
// the OpenAPI document describes it, and the browser's API client reads it back into an
// ApiError (src/lib/api-client.ts).

/** Each refusal's code and the HTTP status it is sent with. INTERNAL (500) is the server's own failure. */
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const apiErrorCodes = [...(Object.keys(errorStatus) as ErrorCode[]), 'INTERNAL'] as const;

export const ZApiErrorCode = z.enum(apiErrorCodes);
export type TApiErrorCode = z.infer<typeof ZApiErrorCode>;

/** One field the input was refused for: its dotted path ("businessHours.start") and why. */
export const ZApiIssue = z.object({ path: z.string(), message: z.string() });
export type TApiIssue = z.infer<typeof ZApiIssue>;

export const ZApiErrorBody = z.object({
  error: z.object({
    code: ZApiErrorCode,
    message: z.string(),
    issues: z.array(ZApiIssue).optional(),
  }),
  /** What a refusal adds for the page to act on, e.g. a 409's current deal or a goal grid's past months. */
  details: z.unknown().optional(),
});
export type TApiErrorBody = z.infer<typeof ZApiErrorBody>;
