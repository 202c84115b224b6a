import { z } from 'zod';

// The browser's side of the administration API: one `request` that sends JSON, parses the
// reply with the contract's schema, and turns any refusal into AdminApiError carrying the
// server's message (shown as is), its field issues and its details (e.g. a 409's pastMonths).

export type AdminIssue = { path: string; message: string };

export class AdminApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: AdminIssue[];
  readonly details: unknown;

  constructor(options: { status: number; code: string; message: string; issues?: AdminIssue[]; details?: unknown }) {
    super(options.message);
    this.name = 'AdminApiError';
    this.status = options.status;
    this.code = options.code;
    this.issues = options.issues ?? [];
    this.details = options.details;
  }
}

const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  details: z.unknown().optional(),
});

async function toError(response: Response): Promise<AdminApiError> {
  const fallback = `Cadence answered ${response.status}. Try again.`;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: keep the fallback message.
  }
  const parsed = ZErrorBody.safeParse(body);
  if (!parsed.success) return new AdminApiError({ status: response.status, code: 'INTERNAL', message: fallback });
  const { error, details } = parsed.data;
  return new AdminApiError({
    status: response.status,
    code: error.code,
    // A 400 from zod lists every issue in its message; the fields show them instead.
    message: error.issues && error.issues.length > 0 ? 'Check the highlighted fields.' : error.message || fallback,
    issues: error.issues,
    details,
  });
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends one request and parses the reply with `schema`; throws AdminApiError on any failure. */
export async function request<T>(method: HttpMethod, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AdminApiError({ status: 0, code: 'NETWORK', message: 'Cadence could not be reached. Check your connection and try again.' });
  }
  if (!response.ok) throw await toError(response);
  const text = await response.text();
  const parsed = schema.safeParse(text.trim() === '' ? {} : (JSON.parse(text) as unknown));
  if (!parsed.success) {
    console.warn(`Unexpected reply from ${method} ${path}`, parsed.error.issues);
    throw new AdminApiError({ status: response.status, code: 'INTERNAL', message: 'Cadence sent a reply this page does not understand. Reload and try again.' });
  }
  return parsed.data;
}

/** The message to show for anything thrown by `request`. */
export function messageOf(error: unknown): string {
  if (error instanceof AdminApiError) return error.message;
  return 'Something went wrong. Try again.';
}

/** Joins path segments, encoding each. */
export function apiPath(...segments: string[]): string {
  return segments.map((segment, index) => (index === 0 ? segment : encodeURIComponent(segment))).join('/');
}

/** Posts a multipart form (file uploads) and parses the reply like `request`. */
export async function upload<T>(path: string, form: FormData, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' }, body: form });
  } catch {
    throw new AdminApiError({ status: 0, code: 'NETWORK', message: 'Cadence could not be reached. Check your connection and try again.' });
  }
  if (!response.ok) throw await toError(response);
  const parsed = schema.safeParse((await response.json()) as unknown);
  if (!parsed.success) throw new AdminApiError({ status: response.status, code: 'INTERNAL', message: 'Cadence sent a reply this page does not understand. Reload and try again.' });
  return parsed.data;
}
