'use client';

import { AppLink } from '@/components/ui/app-link';
import { useRef, useState, type FormEvent } from 'react';
import {
  ZCreateWallTokenInput,
  ZCreatedWallToken,
  ZWallTokenSummary,
  type TCreatedWallToken,
  type TWallTokenSummary,
} from '@/schemas/wall';
import { useIsClient } from './use-is-client';
import { useClipboard } from '@/components/ui/use-clipboard';
import { Field, FormAlert, ItemOptions } from '@/components/ui/field';
import { DataTable } from '@/components/ui/table';
import { useRevocableTokens } from '@/components/tokens/use-revocable-tokens';
import { PlaylistFields, type PlaylistTeam } from './playlist-fields';
import type { TTvSlide } from '@/schemas/wall';

// Read-only TV links: make one (admins for any office or the whole company, team leads
// for their own office), copy its address once, see when each was last used, revoke.

export type WallboardOffice = { id: string; name: string };

type Props = {
  initialTokens: TWallTokenSummary[];
  canCreate: boolean;
  /** The offices an admin may choose from; a lead's own office only. */
  offices: WallboardOffice[];
  /** The teams a playlist may show (a lead's office only). */
  teams?: PlaylistTeam[];
  isAdmin: boolean;
};

function describeScope(token: TWallTokenSummary): string {
  const scope = token.scope === 'COMPANY' ? 'Whole company' : `${token.officeName ?? 'An office'} office`;
  const screens = token.playlist?.slides.length ?? 0;
  return screens > 1 ? `${scope}, ${screens} screens every ${token.playlist!.rotateSeconds} s` : scope;
}

function CopyableLink({ url }: { url: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { state: copied, copy } = useClipboard();
  // No clipboard access (an insecure origin, a refused permission): select the text, and copy it the old way.
  const copySelected = () => {
    inputRef.current?.select();
    return Boolean(document.execCommand?.('copy'));
  };

  return (
    <div className="wallboard-link">
      <label htmlFor="wallboard-url" className="visually-hidden">
        Wallboard address
      </label>
      <input
        ref={inputRef}
        id="wallboard-url"
        className="wallboard-link-input"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        data-testid="new-wallboard-url"
      />
      <button type="button" className="button" onClick={() => void copy(url, copySelected)}>
        Copy link
      </button>
      <span role="status" className="wallboard-link-status">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Press Ctrl+C (⌘C) to copy the selected link.' : ''}
      </span>
    </div>
  );
}

export function WallboardLinksView({ initialTokens, canCreate, offices, teams = [], isAdmin }: Props) {
  const { tokens, created, setCreated, error, isBusy, create: send, createDelivered, revoke: revokeToken } = useRevocableTokens({
    initialTokens,
    path: '/api/wall-tokens',
    summarySchema: ZWallTokenSummary,
    createdSchema: ZCreatedWallToken,
    toSummary: ({ token: _secret, path: _path, ...summary }: TCreatedWallToken) => summary,
  });
  const [fieldErrors, setFieldErrors] = useState<{ name?: string; officeId?: string; playlist?: string; code?: string }>({});
  const [paired, setPaired] = useState<string | null>(null);
  const [shows, setShows] = useState(isAdmin ? 'company' : (offices[0]?.id ?? ''));
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const isClient = useIsClient();
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const formatDate = (iso: string | null, fallback: string) => (iso ? (isClient ? dateFormat.format(new Date(iso)) : iso.slice(0, 10)) : fallback);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const shows = String(data.get('shows') ?? '');
    // The ticked screens, after the link's own wall.
    const slides = data.getAll('slide').map((value) => JSON.parse(String(value)) as TTvSlide);
    const code = String(data.get('code') ?? '').trim();
    const parsed = ZCreateWallTokenInput.safeParse({
      name: data.get('name'),
      scope: shows === 'company' ? 'COMPANY' : 'OFFICE',
      officeId: shows === 'company' || shows === '' ? null : shows,
      playlist: slides.length > 0 ? { slides: [{ kind: 'wall' }, ...slides], rotateSeconds: Number(data.get('rotateSeconds') || 20) } : null,
    });
    const codeError = code !== '' && !/^\d{3} ?\d{3}$/.test(code) ? 'Type the 6 digits the screen shows' : undefined;
    if (!parsed.success || codeError) {
      const errors: { name?: string; officeId?: string; playlist?: string; code?: string } = { code: codeError };
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const field = issue.path[0] === 'name' ? 'name' : issue.path[0] === 'playlist' ? 'playlist' : 'officeId';
        errors[field] ??= issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setPaired(null);
    if (code) {
      // Pairing: the new link goes straight to the screen showing the code.
      const token = await createDelivered('/api/wall-tokens/pair', { ...parsed.data, code }, form);
      if (token) setPaired(token.name);
    } else {
      await send(parsed.data, form);
    }
    setShows(isAdmin ? 'company' : (offices[0]?.id ?? ''));
  }

  async function revoke(id: string) {
    setConfirmingId(null);
    if ((await revokeToken(id)) && created?.id === id) setCreated(null);
  }

  const url = created && isClient ? new URL(created.path, window.location.origin).toString() : (created?.path ?? '');

  return (
    <>
      <h1 className="page-title">Wallboards</h1>
      <p className="page-subtitle">
        A wallboard link shows the live <AppLink href="/wall">wall</AppLink> on an office TV without signing in. It can only show
        figures, never change them, but anyone with the link can see them: treat it like a key.
      </p>
      <div className={canCreate ? 'wallboards-layout' : 'wallboards-layout is-single'}>
        <section className="card" aria-labelledby="new-wallboard-heading">
          <h2 id="new-wallboard-heading" className="card-title">
            New TV link
          </h2>
          {!canCreate ? (
            <p className="wallboard-explanation" data-testid="wallboards-not-allowed">
              Only admins and team leads can make wallboard links. Ask your team lead to set one up for your office TV; in the
              meantime everyone can watch the live wall at <AppLink href="/wall">Wall</AppLink>.
            </p>
          ) : offices.length === 0 ? (
            <p className="wallboard-explanation">
              Team leads make links for their own office, and you are not on a team in an office yet. Ask an admin to add you to
              your team.
            </p>
          ) : (
            <form onSubmit={create} noValidate>
              <Field id="wallboard-name" label="Name of the screen" error={fieldErrors.name}>
                {(control) => <input {...control} name="name" placeholder="e.g. New York kitchen TV" maxLength={80} />}
              </Field>
              <div className="field">
                <label htmlFor="wallboard-shows">Shows</label>
                {isAdmin ? (
                  <select
                    id="wallboard-shows"
                    name="shows"
                    className="wallboard-select"
                    value={shows}
                    onChange={(event) => setShows(event.target.value)}
                    aria-invalid={fieldErrors.officeId ? true : undefined}
                    aria-describedby={fieldErrors.officeId ? 'wallboard-shows-error' : undefined}
                  >
                    <option value="company">The whole company</option>
                    <ItemOptions items={offices} label={(office) => <>{office.name} office</>} />
                  </select>
                ) : (
                  <>
                    <input type="hidden" name="shows" value={offices[0]!.id} />
                    <input id="wallboard-shows" readOnly value={`${offices[0]!.name} office`} aria-describedby="wallboard-shows-hint" />
                    <span className="field-hint" id="wallboard-shows-hint">
                      Team leads make links for their own office.
                    </span>
                  </>
                )}
                {fieldErrors.officeId ? (
                  <span className="field-error" id="wallboard-shows-error">
                    {fieldErrors.officeId}
                  </span>
                ) : null}
              </div>
              <PlaylistFields shows={shows} offices={offices} teams={teams} error={fieldErrors.playlist} />
              <Field
                id="wallboard-code"
                label="Pair a screen: its code (optional)"
                error={fieldErrors.code}
                hint={
                  <>
                    Open <code>/tv</code> on the TV: it shows a 6-digit code. Type it here and the TV opens its new link by itself, with
                    no address to type on the TV.
                  </>
                }
              >
                {(control) => <input {...control} name="code" inputMode="numeric" autoComplete="off" placeholder="123 456" maxLength={7} />}
              </Field>
              <button className="button" type="submit" disabled={isBusy}>
                {isBusy ? 'Creating…' : 'Create TV link'}
              </button>
            </form>
          )}
          {paired ? (
            <p className="notice wallboard-created" role="status" data-testid="wallboard-paired">
              Paired: the screen now shows <strong>{paired}</strong>.
            </p>
          ) : null}
          {created ? (
            <div className="notice wallboard-created" role="status">
              <p>
                Open this address on the TV for <strong>{created.name}</strong>. Copy it now: it will not be shown again.
              </p>
              <CopyableLink url={url} />
              <p className="wallboard-created-hint">
                Add <code>?celebrate=off</code> to the address to turn off the celebration when a team closes a deal.
              </p>
            </div>
          ) : null}
        </section>

        {canCreate || tokens.length > 0 ? (
          <section className="card" aria-labelledby="wallboards-heading">
            <h2 id="wallboards-heading" className="card-title">
              {isAdmin ? 'All TV links' : 'Your TV links'}
            </h2>
            <FormAlert message={error} />
            {tokens.length === 0 ? (
              <p className="empty">{canCreate ? 'No TV links yet.' : 'You have no TV links.'}</p>
            ) : (
              <DataTable
                className="wallboard-table"
                columns={['Name', 'Shows', 'Created', 'Last used']}
                hasActions
                actionsLabel="Status"
                rows={tokens}
                rowKey={(token) => token.id}
                rowClassName={(token) => (token.revokedAt ? 'inactive' : undefined)}
                renderRow={(token) => (
                  <>
                    <td>
                      {token.name}
                      <span className="wallboard-prefix">
                        <code>{token.prefix}…</code>
                      </span>
                    </td>
                    <td>{describeScope(token)}</td>
                    <td>{formatDate(token.createdAt, '')}</td>
                    <td>{formatDate(token.lastUsedAt, 'Never')}</td>
                    <td className="wallboard-actions">
                      {token.revokedAt ? (
                        <span className="wallboard-revoked">Revoked</span>
                      ) : confirmingId === token.id ? (
                        <span className="wallboard-confirm">
                          <button className="button danger" type="button" onClick={() => void revoke(token.id)}>
                            Yes, revoke<span className="visually-hidden"> {token.name}</span>
                          </button>
                          <button className="button secondary" type="button" onClick={() => setConfirmingId(null)}>
                            Keep
                          </button>
                        </span>
                      ) : (
                        <button className="button danger" type="button" onClick={() => setConfirmingId(token.id)}>
                          Revoke<span className="visually-hidden"> {token.name}</span>
                        </button>
                      )}
                    </td>
                  </>
                )}
              />
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
