'use client';

import { useId } from 'react';
import { useClipboard } from '@/components/ui/use-clipboard';
import { Button } from '@/components/ui/button';
import type { TConnection } from '@/schemas/integrations';

// The receiving URL and the secret, shown once after a connection is made or rotated:
// Cadence keeps the secret encrypted and never shows it again. What to paste where
// depends on the source.

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const id = useId();
  const { state, copy } = useClipboard();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="link-box">
        <input id={id} readOnly value={value} data-testid={testId} onFocus={(event) => event.currentTarget.select()} />
        <Button variant="secondary" onClick={() => void copy(value)}>
          {state === 'copied' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      {state === 'failed' ? <span className="field-hint">The browser refused to copy: select the text and copy it by hand.</span> : null}
    </div>
  );
}

const instructions: Record<TConnection['source'], string> = {
  hubspot: 'In your HubSpot app’s Webhooks settings, set the target URL to this address and subscribe to deal creation, deletion and property changes (dealname, amount, dealstage, closedate, hubspot_owner_id).',
  pipedrive: 'In Pipedrive, Tools and apps → Webhooks: create a webhook for deals (v2) to this address with HTTP auth, the user name below and this secret as password.',
  salesforce: 'In Salesforce, create an Outbound Message on Opportunity with this endpoint address (it includes the token) and send Name, Amount, StageName, IsClosed, IsWon, CloseDate, OwnerId and SystemModstamp.',
  generic: 'Sign each request: X-Cadence-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with this secret>.',
};

export function ShownOnceSecret({ connection, secret }: { connection: TConnection; secret: string }) {
  const url = connection.source === 'salesforce' ? `${connection.url}?token=${encodeURIComponent(secret)}` : connection.url;
  return (
    <div className="notice success-notice" role="status">
      <p style={{ marginTop: 0 }}>
        Copy the secret now: it will not be shown again. {instructions[connection.source]}
      </p>
      <CopyField label={connection.source === 'salesforce' ? 'Endpoint URL' : 'Receiving URL'} value={url} testId="connection-url" />
      <CopyField label="Secret" value={secret} testId="connection-secret" />
      {connection.source === 'pipedrive' ? <p className="small">HTTP auth user name: <code>{connection.basicUsername ?? 'cadence'}</code></p> : null}
    </div>
  );
}
