/** The message of a JSON API error response, for showing as is; a plain line otherwise. */
export async function readErrorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not JSON: fall through to the status.
  }
  if (response.status === 401) return 'Your session has ended. Sign in again.';
  return `Cadence answered ${response.status}. Try again.`;
}
