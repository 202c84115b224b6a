'use client';

import { useState } from 'react';
import { z } from 'zod';
import { ApiError, apiPath, messageOf, request } from '@/lib/api-client';

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
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  /** Sends an input the page has already checked; the form is cleared once it is made. */
  async function create(body: unknown, form: HTMLFormElement): Promise<void> {
    setError(null);
    setBusy(true);
    try {
      const { token } = await request('POST', path, { reply: z.object({ token: createdSchema }), body });
      setCreated(token);
      setTokens((current) => [toSummary(token), ...current]);
      form.reset();
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusy(false);
    }
  }

  /**
   * Makes a token that is handed to someone else (a paired TV gets its link): the reply
   * has no secret to show here; the row goes to the top of the list. Null when refused.
   */
  async function createDelivered(deliverPath: string, body: unknown, form: HTMLFormElement): Promise<Summary | null> {
    setError(null);
    setCreated(null);
    setBusy(true);
    try {
      const { token } = await request('POST', deliverPath, { reply: z.object({ token: summarySchema }), body });
      setTokens((current) => [token, ...current]);
      form.reset();
      return token;
    } catch (caught) {
      setError(describe(caught));
      return null;
    } finally {
      setBusy(false);
    }
  }

  /** Revokes a token; false when the server refused (the error line says why). */
  async function revoke(id: string): Promise<boolean> {
    setError(null);
    try {
      const { token: revoked } = await request('DELETE', apiPath(path, id), { reply: z.object({ token: summarySchema }) });
      setTokens((current) => current.map((token) => (token.id === id ? revoked : token)));
      return true;
    } catch (caught) {
      setError(describe(caught));
      return false;
    }
  }

  return { tokens, created, setCreated, error, isBusy, create, createDelivered, revoke };
}
