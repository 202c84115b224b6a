'use client';

import { useState } from 'react';
import { z } from 'zod';
import { ApiError, apiPath, messageOf, request } from '@/lib/api-client';
import { useBusyAction } from '@/components/ui/use-busy-action';

// The secrets a user manages in a list: personal API tokens and TV links. Making one shows
// its secret once (`created`) and puts it at the top of the list; revoking one keeps it in
// the list, marked revoked. Both pages share this state and its one error line.

export type RevocableTokensOptions<Summary extends { id: string }, Created> = {
  initialTokens: Summary[];
  /** The collection's path: POST makes a token, DELETE path/:id revokes one. */
  path: string;
  summarySchema: z.ZodType<Summary>;
  createdSchema: z.ZodType<Created>;
  /** The list row of a token just made: the token without its secret. */
  toSummary: (created: Created) => Summary;
};

function describe(caught: unknown): string {
  return caught instanceof ApiError ? caught.message : messageOf(caught);
}

export function useRevocableTokens<Summary extends { id: string }, Created>(options: RevocableTokensOptions<Summary, Created>) {
  const { path, summarySchema, createdSchema, toSummary } = options;
  const [tokens, setTokens] = useState(options.initialTokens);
  const [created, setCreated] = useState<Created | null>(null);
  // Making a token shows as busy; revoking one only reports its failure on the same line.
  const { busy, error, run } = useBusyAction<'create' | 'revoke'>({ describeError: describe });
  const isBusy = busy === 'create';

  /** Sends an input the page has already checked; the form is cleared once it is made. */
  async function create(body: unknown, form: HTMLFormElement): Promise<void> {
    await run('create', async () => {
      const { token } = await request('POST', path, { reply: z.object({ token: createdSchema }), body });
      setCreated(token);
      setTokens((current) => [toSummary(token), ...current]);
      form.reset();
    });
  }

  /**
   * Makes a token that is handed to someone else (a paired TV gets its link): the reply
   * has no secret to show here; the row goes to the top of the list. Null when refused.
   */
  async function createDelivered(deliverPath: string, body: unknown, form: HTMLFormElement): Promise<Summary | null> {
    setCreated(null);
    return run('create', async () => {
      const { token } = await request('POST', deliverPath, { reply: z.object({ token: summarySchema }), body });
      setTokens((current) => [token, ...current]);
      form.reset();
      return token;
    });
  }

  /** Revokes a token; false when the server refused (the error line says why). */
  async function revoke(id: string): Promise<boolean> {
    const reply = await run('revoke', () => request('DELETE', apiPath(path, id), { reply: z.object({ token: summarySchema }) }));
    if (reply) setTokens((current) => current.map((token) => (token.id === id ? reply.token : token)));
    return reply !== null;
  }

  return { tokens, created, setCreated, error, isBusy, create, createDelivered, revoke };
}
