'use client';

import { useState } from 'react';
import { FormAlert, SuccessNotice } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { LoadedTable, RowActions } from '@/components/ui/table';
import { apiPath, request } from '@/lib/api-client';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { ZConnection, type TConnection } from '@/schemas/integrations';
import { z } from 'zod';
import { DeleteConnectionDialog } from './delete-connection-dialog';
import { DeliveriesDialog } from './deliveries-dialog';
import { MappingsDialog } from './mappings-dialog';
import { NewConnectionDialog } from './new-connection-dialog';
import { RotateSecretDialog } from './rotate-secret-dialog';
import { sourceLabels, useIntegrations } from './use-integrations';
import { AdminPageHeader } from '../admin-page-header';

// Admin → Integrations: the CRM connections, the deals waiting for an owner, and a dialog
// for each thing an admin does to a connection.

type Open =
  | { kind: 'new' }
  | { kind: 'rotate' | 'delete' | 'deliveries' | 'mappings'; connection: TConnection }
  | null;

const ZConnectionReply = z.object({ connection: ZConnection });

export function IntegrationsView() {
  const { list, replace } = useIntegrations();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pausing = useBusyAction();

  async function setPaused(connection: TConnection, isPaused: boolean) {
    const reply = await pausing.run(connection.id, () => request('PATCH', apiPath('/api/admin/integrations', connection.id), { reply: ZConnectionReply, body: { isPaused } }));
    if (!reply) return;
    replace(reply.connection);
    setNotice(isPaused ? `${connection.name} is paused: its deliveries are refused until you resume it.` : `${connection.name} is receiving again.`);
  }

  /** Closes the dialog and reloads the connections, saying `message` when there is one. */
  function closeAndReload(message?: string) {
    if (message) setNotice(message);
    setOpen(null);
    void list.reload();
  }

  const unassigned = list.data?.unassigned ?? [];
  const ownerReferences = (source: TConnection['source']) =>
    unassigned.filter((deal) => deal.source === source).flatMap((deal) => /^Owner "(.+)" is not mapped/.exec(deal.reason)?.[1] ?? []);

  return (
    <>
      <AdminPageHeader title="Integrations" subtitle="CRMs that post deal changes as they happen: the boards and walls move within a second.">
        <Button onClick={() => setOpen({ kind: 'new' })}>New connection</Button>
      </AdminPageHeader>
      <SuccessNotice message={notice} />
      <FormAlert message={pausing.error ?? list.error} />
      {unassigned.length > 0 ? (
        <section className="notice" role="alert" aria-label="Unassigned deals" data-testid="unassigned-deals">
          <p style={{ marginTop: 0 }}>
            <strong>{unassigned.length} CRM deal{unassigned.length === 1 ? ' is' : 's are'} waiting</strong> for an owner or stage mapping before {unassigned.length === 1 ? 'it appears' : 'they appear'} on a board:
          </p>
          <ul>
            {unassigned.slice(0, 10).map((deal) => (
              <li key={`${deal.source}:${deal.externalId}`}>
                {sourceLabels[deal.source]} {deal.title ? `“${deal.title}”` : `deal ${deal.externalId}`}: {deal.reason}
              </li>
            ))}
          </ul>
          {unassigned.length > 10 ? <p className="small">…and {unassigned.length - 10} more.</p> : null}
        </section>
      ) : null}
      <section className="card admin-table-wrap" aria-label="Connections">
        <LoadedTable
          items={list.data?.connections ?? null}
          isLoading={list.isLoading}
          loading="Loading connections…"
          failed="The connections could not be loaded."
          empty="No connections yet. Create one for HubSpot, Pipedrive, Salesforce or any tool that can sign a request."
          columns={['Name', 'Source', 'Receiving URL', 'State', 'Last delivery']}
          hasActions
          rowTestId="connection-row"
          renderRow={(connection) => (
            <>
              <td>{connection.name}</td>
              <td>{sourceLabels[connection.source]}</td>
              <td>
                <code className="small">{connection.url}</code>
              </td>
              <td>
                {connection.isPaused ? <span className="badge inactive">Paused</span> : <span className="badge">Receiving</span>}
                {connection.pendingEvents > 0 ? <span className="small"> {connection.pendingEvents} queued</span> : null}
                {connection.failedEvents > 0 ? <span className="small"> {connection.failedEvents} failed</span> : null}
                {connection.previousSecretExpiresAt ? <span className="small"> · old secret until {new Date(connection.previousSecretExpiresAt).toLocaleString()}</span> : null}
              </td>
              <td>{connection.lastDeliveryAt ? new Date(connection.lastDeliveryAt).toLocaleString() : 'None yet'}</td>
              <RowActions>
                <Button size="small" variant="secondary" onClick={() => setOpen({ kind: 'deliveries', connection })}>
                  Deliveries<span className="visually-hidden"> of {connection.name}</span>
                </Button>
                <Button size="small" variant="secondary" onClick={() => setOpen({ kind: 'mappings', connection })}>
                  Mappings<span className="visually-hidden"> of {connection.name}</span>
                </Button>
                <Button size="small" variant="secondary" isBusy={pausing.busy === connection.id} onClick={() => void setPaused(connection, !connection.isPaused)}>
                  {connection.isPaused ? 'Resume' : 'Pause'}
                  <span className="visually-hidden"> {connection.name}</span>
                </Button>
                <Button size="small" variant="secondary" onClick={() => setOpen({ kind: 'rotate', connection })}>
                  Rotate secret<span className="visually-hidden"> of {connection.name}</span>
                </Button>
                <Button size="small" variant="danger" onClick={() => setOpen({ kind: 'delete', connection })}>
                  Delete<span className="visually-hidden"> {connection.name}</span>
                </Button>
              </RowActions>
            </>
          )}
        />
      </section>
      {open?.kind === 'new' ? <NewConnectionDialog onClose={() => setOpen(null)} onCreated={() => void list.reload()} /> : null}
      {open?.kind === 'rotate' ? <RotateSecretDialog connection={open.connection} onClose={() => setOpen(null)} onRotated={replace} /> : null}
      {open?.kind === 'delete' ? (
        <DeleteConnectionDialog connection={open.connection} onClose={() => setOpen(null)} onDeleted={() => closeAndReload(`${open.connection.name} deleted.`)} />
      ) : null}
      {open?.kind === 'deliveries' ? <DeliveriesDialog connection={open.connection} onClose={() => closeAndReload()} /> : null}
      {open?.kind === 'mappings' ? (
        <MappingsDialog
          connection={open.connection}
          suggestedOwners={ownerReferences(open.connection.source)}
          onClose={() => setOpen(null)}
          onSaved={(message) => closeAndReload(message)}
        />
      ) : null}
    </>
  );
}
