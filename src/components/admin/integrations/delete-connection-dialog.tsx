'use client';

import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { apiPath, messageOf, request } from '@/lib/api-client';
import type { TConnection } from '@/schemas/integrations';

export function DeleteConnectionDialog({ connection, onClose, onDeleted }: { connection: TConnection; onClose: () => void; onDeleted: () => void }) {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await request('DELETE', apiPath('/api/admin/integrations', connection.id));
      onDeleted();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  }
  return (
    <Dialog title={`Delete ${connection.name}?`} size="small" onClose={onClose}>
      <p>Its delivery log and any events still queued are deleted, and its address stops answering. Deals it created stay on the boards.</p>
      <FormAlert message={error} />
      <div className="form-actions">
        <Button variant="danger" isBusy={isBusy} busyLabel="Deleting…" onClick={() => void remove()} data-autofocus>
          Delete connection
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
