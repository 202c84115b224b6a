'use client';

import { useState, type FormEvent } from 'react';
import { ZApiTokenSummary, ZCreateApiTokenInput, ZCreatedApiToken, type TApiTokenSummary, type TCreatedApiToken } from '@/schemas/api-token';
import { Field, FormAlert } from '@/components/ui/field';
import { useRevocableTokens } from '@/components/tokens/use-revocable-tokens';
import { LoadedTable } from '@/components/ui/table';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ApiTokensView({ initialTokens }: { initialTokens: TApiTokenSummary[] }) {
  const { tokens, created, error, isBusy, create: send, revoke } = useRevocableTokens({
    initialTokens,
    path: '/api/tokens',
    summarySchema: ZApiTokenSummary,
    createdSchema: ZCreatedApiToken,
    toSummary: ({ token: _secret, ...summary }: TCreatedApiToken) => summary,
  });
  const [nameError, setNameError] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = ZCreateApiTokenInput.safeParse({ name: new FormData(form).get('name') });
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? 'Check the name');
      return;
    }
    setNameError(null);
    await send(parsed.data, form);
  }

  return (
    <>
      <h1 className="page-title">Personal API tokens</h1>
      <p className="page-subtitle">
        Scripts can call the JSON API with your rights by sending <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <div className="grid-two">
        <section className="card" aria-labelledby="new-token-heading">
          <h2 id="new-token-heading" style={{ marginTop: 0 }}>
            New token
          </h2>
          <form onSubmit={create} noValidate>
            <Field id="token-name" label="Name" error={nameError ?? undefined}>
              {(control) => <input {...control} name="name" placeholder="e.g. Weekly export script" />}
            </Field>
            <button className="button" type="submit" disabled={isBusy}>
              {isBusy ? 'Creating…' : 'Create token'}
            </button>
          </form>
          {created ? (
            <div className="notice" role="status" style={{ marginTop: 16 }}>
              <p style={{ marginTop: 0 }}>
                Copy <strong>{created.name}</strong> now: it will not be shown again.
              </p>
              <p className="token-value" data-testid="new-token-value">
                {created.token}
              </p>
            </div>
          ) : null}
        </section>
        <section className="card" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading" style={{ marginTop: 0 }}>
            Your tokens
          </h2>
          <FormAlert message={error} />
          <LoadedTable
            items={tokens} empty="You have no tokens yet."
            columns={['Name', 'Starts with', 'Last used']}
            hasActions
            renderRow={(token) => (
              <>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{token.lastUsedAt ? dateFormat.format(new Date(token.lastUsedAt)) : 'Never'}</td>
                <td>
                  {token.revokedAt ? (
                    'Revoked'
                  ) : (
                    <button className="button danger" type="button" onClick={() => void revoke(token.id)}>
                      Revoke<span className="visually-hidden"> {token.name}</span>
                    </button>
                  )}
                </td>
              </>
            )}
          />
        </section>
      </div>
    </>
  );
}
