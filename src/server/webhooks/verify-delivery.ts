import type { IntegrationConnection } from '@/generated/prisma/client';
import { verifyBasicAuth, verifyGeneric, verifyHubSpot, verifyUrlToken, type Verification } from '@/domain/webhooks/signatures';
import type { WebhookSource } from '@/domain/webhooks/normalized-event';
import { openSecret } from './secret-box';

// Which secrets a connection accepts now (the current one, and the previous one until its
// grace period ends), and the check its source calls for.

export type AcceptedSecrets = { plain: string[]; hashes: string[]; unreadable: boolean };

export function acceptedSecrets(connection: IntegrationConnection, now: Date): AcceptedSecrets {
  const plain: string[] = [];
  const hashes = [connection.secretHash];
  let unreadable = false;
  const current = openSecret(connection.secretCiphertext);
  if (current === null) unreadable = true;
  else plain.push(current);
  if (connection.previousSecretCiphertext && connection.previousSecretExpiresAt && connection.previousSecretExpiresAt > now) {
    const previous = openSecret(connection.previousSecretCiphertext);
    if (previous !== null) plain.push(previous);
    if (connection.previousSecretHash) hashes.push(connection.previousSecretHash);
  }
  return { plain, hashes, unreadable };
}

/** The addresses a signed URI may name: as received, and under NEXTAUTH_URL's origin (behind a proxy). */
function candidateUris(requestUrl: string): string[] {
  const url = new URL(requestUrl);
  const uris = [url.toString()];
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      const base = new URL(configured);
      uris.push(`${base.origin}${url.pathname}${url.search}`);
    } catch {
      // refused at start-up
    }
  }
  return [...new Set(uris)];
}

export function verifyDelivery(options: { connection: IntegrationConnection; request: Request; body: string; now: Date }): Verification {
  const { connection, request, body, now } = options;
  const secrets = acceptedSecrets(connection, now);
  const source = connection.source as WebhookSource;
  if (secrets.unreadable && secrets.plain.length === 0 && (source === 'hubspot' || source === 'generic')) {
    return { ok: false, reason: 'The connection’s secret cannot be read with this server’s NEXTAUTH_SECRET; rotate the secret.' };
  }
  const headers = request.headers;
  switch (source) {
    case 'hubspot':
      return verifyHubSpot({
        secrets: secrets.plain,
        method: request.method,
        uris: candidateUris(request.url),
        body,
        headers: {
          signatureV3: headers.get('x-hubspot-signature-v3'),
          timestamp: headers.get('x-hubspot-request-timestamp'),
          signature: headers.get('x-hubspot-signature'),
          signatureVersion: headers.get('x-hubspot-signature-version'),
        },
        acceptsLegacySignatures: connection.acceptsLegacySignatures,
        nowMs: now.getTime(),
      });
    case 'pipedrive':
      return verifyBasicAuth({ header: headers.get('authorization'), username: connection.basicUsername ?? 'cadence', passwordHashes: secrets.hashes });
    case 'salesforce':
      return verifyUrlToken({ token: new URL(request.url).searchParams.get('token'), tokenHashes: secrets.hashes });
    case 'generic':
      return verifyGeneric({ secrets: secrets.plain, body, header: headers.get('x-cadence-signature'), nowMs: now.getTime() });
    default:
      return { ok: false, reason: `Unknown source ${connection.source}.` };
  }
}
