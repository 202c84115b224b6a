'use client';

import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert, SuccessNotice } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { LoadedTable } from '@/components/ui/table';
import { apiPath, request } from '@/lib/api-client';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { useLoad } from '@/lib/use-load';
import { ZDeliveryList, ZReplayResult, type TConnection, type TDelivery } from '@/schemas/integrations';

function describeStatus(delivery: TDelivery): string {
  if (delivery.status !== 200) return `Refused (${delivery.status})`;
  if (delivery.failedEvents > 0) return `${delivery.failedEvents} failed`;
  if (delivery.pendingEvents > 0) return 'Queued';
  return 'Applied';
}

export function DeliveriesDialog({ connection, onClose }: { connection: TConnection; onClose: () => void }) {
  const deliveries = useLoad(apiPath('/api/admin/integrations', connection.id, 'deliveries'), ZDeliveryList);
  const [message, setMessage] = useState<string | null>(null);
  const replaying = useBusyAction();

  async function replay(delivery: TDelivery) {
    await replaying.run(delivery.id, async () => {
      const reply = await request('POST', apiPath('/api/admin/integrations', connection.id, 'deliveries', delivery.id, 'replay'), { reply: ZReplayResult });
      setMessage(`${reply.requeued} event${reply.requeued === 1 ? '' : 's'} queued again.`);
      await deliveries.reload();
    });
  }

  return (
    <Dialog title={`Deliveries to ${connection.name}`} description="The latest requests to this connection, newest first." size="wide" onClose={onClose} testId="deliveries-dialog">
      <SuccessNotice message={message} />
      <FormAlert message={replaying.error ?? deliveries.error} />
      <div className="admin-table-wrap">
        <LoadedTable
          items={deliveries.data?.deliveries ?? null}
          isLoading={deliveries.isLoading}
          loading="Loading deliveries…"
          failed="The deliveries could not be loaded."
          empty="Nothing has arrived yet. Deliveries show here as soon as the source sends one."
          columns={['Received', 'Status', { label: 'Events', isNumeric: true }, { label: 'Deals', isNumeric: true }, 'Problem']}
          hasActions
          renderRow={(delivery) => (
            <>
              <td>{new Date(delivery.receivedAt).toLocaleString()}</td>
              <td>{describeStatus(delivery)}</td>
              <td className="numeric">
                {delivery.eventCount}
                {delivery.duplicateCount > 0 ? <span className="small"> ({delivery.duplicateCount} repeated)</span> : null}
              </td>
              <td className="numeric">{delivery.dealIds.length}</td>
              <td className="small">{delivery.error ?? '—'}</td>
              <td>
                {delivery.failedEvents > 0 ? (
                  <Button size="small" variant="secondary" isBusy={replaying.busy === delivery.id} busyLabel="Replaying…" onClick={() => void replay(delivery)}>
                    Replay<span className="visually-hidden"> the delivery of {new Date(delivery.receivedAt).toLocaleString()}</span>
                  </Button>
                ) : null}
              </td>
            </>
          )}
        />
      </div>
      <div className="form-actions">
        <Button variant="secondary" onClick={() => void deliveries.reload()}>
          Refresh
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}
