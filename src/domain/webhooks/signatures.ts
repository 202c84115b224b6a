import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// How each source proves a request is theirs. Every check compares in constant time
// (crypto.timingSafeEqual on equal-length buffers; a length mismatch is compared against
// itself first so that it takes as long as a mismatch of content). Nothing here reads a
// database: the receiver hands in the secrets the connection accepts (the current one, and
// the previous one during a rotation's grace period).

export type Verification = { ok: true; note?: string } | { ok: false; reason: string };

/** Signed timestamps further than this from the server's clock are refused. */
export const signatureWindowMs = 5 * 60 * 1000;

/** Constant-time comparison of two strings (or byte buffers). */
export function isSameSecret(received: string | Buffer, expected: string | Buffer): boolean {
  const a = typeof received === 'string' ? Buffer.from(received, 'utf8') : received;
  const b = typeof expected === 'string' ? Buffer.from(expected, 'utf8') : expected;
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmacSha256(secret: string, text: string | Buffer): Buffer {
  return createHmac('sha256', secret).update(text).digest();
}

function isWithinWindow(timestampMs: number, nowMs: number): boolean {
  return Number.isFinite(timestampMs) && Math.abs(nowMs - timestampMs) <= signatureWindowMs;
}

// HubSpot decodes these percent-escapes in the URI before signing (v3).
const hubSpotDecodedEscapes: Record<string, string> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

export function hubSpotSignedUri(uri: string): string {
  return uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (escape) => hubSpotDecodedEscapes[escape.toUpperCase()] ?? escape);
}

/** X-HubSpot-Signature-v3: base64 HMAC-SHA256(secret, method + URI + body + timestamp). */
export function signHubSpotV3(options: { secret: string; method: string; uri: string; body: string; timestamp: string }): string {
  const source = `${options.method.toUpperCase()}${hubSpotSignedUri(options.uri)}${options.body}${options.timestamp}`;
  return hmacSha256(options.secret, Buffer.from(source, 'utf8')).toString('base64');
}

/** X-HubSpot-Signature v1: hex SHA-256(secret + body). */
export function signHubSpotV1(options: { secret: string; body: string }): string {
  return sha256Hex(Buffer.from(`${options.secret}${options.body}`, 'utf8'));
}

/** X-HubSpot-Signature v2: hex SHA-256(secret + method + URI + body). */
export function signHubSpotV2(options: { secret: string; method: string; uri: string; body: string }): string {
  return sha256Hex(Buffer.from(`${options.secret}${options.method.toUpperCase()}${options.uri}${options.body}`, 'utf8'));
}

export type HubSpotHeaders = {
  signatureV3?: string | null;
  timestamp?: string | null;
  signature?: string | null;
  signatureVersion?: string | null;
};

/**
 * A HubSpot request: v3 (with its timestamp inside the 5-minute window), or, only when the
 * admin turned them on, v1 or v2. `uris` are the addresses the request may have been sent
 * to (as received, and as the public NEXTAUTH_URL names it behind a proxy).
 */
export function verifyHubSpot(options: {
  secrets: readonly string[];
  method: string;
  uris: readonly string[];
  body: string;
  headers: HubSpotHeaders;
  acceptsLegacySignatures: boolean;
  nowMs: number;
}): Verification {
  const { headers } = options;
  if (headers.signatureV3) {
    const timestamp = headers.timestamp ?? '';
    if (!/^\d{1,16}$/.test(timestamp)) return { ok: false, reason: 'X-HubSpot-Request-Timestamp is missing or not a number of milliseconds.' };
    if (!isWithinWindow(Number(timestamp), options.nowMs)) return { ok: false, reason: 'The request timestamp is more than 5 minutes away from now (a replayed or delayed request).' };
    for (const secret of options.secrets) {
      for (const uri of options.uris) {
        const expected = signHubSpotV3({ secret, method: options.method, uri, body: options.body, timestamp });
        if (isSameSecret(headers.signatureV3, expected)) return { ok: true };
      }
    }
    return { ok: false, reason: 'X-HubSpot-Signature-v3 does not match the body signed with this connection’s secret.' };
  }
  if (headers.signature) {
    const version = (headers.signatureVersion ?? 'v1').toLowerCase();
    if (!options.acceptsLegacySignatures) return { ok: false, reason: `HubSpot ${version} signatures are turned off for this connection; send X-HubSpot-Signature-v3.` };
    for (const secret of options.secrets) {
      if (version === 'v1' && isSameSecret(headers.signature.toLowerCase(), signHubSpotV1({ secret, body: options.body }))) return { ok: true, note: 'v1' };
      if (version === 'v2') {
        for (const uri of options.uris) {
          if (isSameSecret(headers.signature.toLowerCase(), signHubSpotV2({ secret, method: options.method, uri, body: options.body }))) return { ok: true, note: 'v2' };
        }
      }
    }
    return { ok: false, reason: `X-HubSpot-Signature (${version}) does not match.` };
  }
  return { ok: false, reason: 'The request carries no X-HubSpot-Signature-v3 header.' };
}

/** X-Cadence-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>. */
export function signGeneric(options: { secret: string; body: string; timestampSeconds: number }): string {
  const t = String(Math.trunc(options.timestampSeconds));
  const v1 = hmacSha256(options.secret, Buffer.from(`${t}.${options.body}`, 'utf8')).toString('hex');
  return `t=${t},v1=${v1}`;
}

export function verifyGeneric(options: { secrets: readonly string[]; body: string; header: string | null | undefined; nowMs: number }): Verification {
  if (!options.header) return { ok: false, reason: 'The request carries no X-Cadence-Signature header.' };
  const parts = new Map<string, string[]>();
  for (const piece of options.header.split(',')) {
    const at = piece.indexOf('=');
    if (at <= 0) continue;
    const key = piece.slice(0, at).trim();
    parts.set(key, [...(parts.get(key) ?? []), piece.slice(at + 1).trim()]);
  }
  const t = parts.get('t')?.[0];
  const signatures = parts.get('v1') ?? [];
  if (!t || !/^\d{1,12}$/.test(t) || signatures.length === 0) return { ok: false, reason: 'X-Cadence-Signature must read t=<unix seconds>,v1=<hex HMAC-SHA256>.' };
  if (!isWithinWindow(Number(t) * 1000, options.nowMs)) return { ok: false, reason: 'The signature’s timestamp is more than 5 minutes away from now (a replayed or delayed request).' };
  for (const secret of options.secrets) {
    const expected = signGeneric({ secret, body: options.body, timestampSeconds: Number(t) }).split('v1=')[1]!;
    if (signatures.some((signature) => isSameSecret(signature.toLowerCase(), expected))) return { ok: true };
  }
  return { ok: false, reason: 'X-Cadence-Signature does not match the body signed with this connection’s secret.' };
}

/**
 * HTTP Basic credentials (Pipedrive webhooks): the user name as set on the connection and
 * a password whose SHA-256 is one the connection accepts (only hashes are compared).
 */
export function verifyBasicAuth(options: { header: string | null | undefined; username: string; passwordHashes: readonly string[] }): Verification {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(options.header ?? '');
  if (!match) return { ok: false, reason: 'The request carries no HTTP Basic credentials.' };
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'The Basic credentials are not user:password.' };
  const isUser = isSameSecret(decoded.slice(0, colon), options.username);
  const hash = sha256Hex(Buffer.from(decoded.slice(colon + 1), 'utf8'));
  const isPassword = options.passwordHashes.some((expected) => isSameSecret(hash, expected));
  return isUser && isPassword ? { ok: true } : { ok: false, reason: 'The Basic user name or password is wrong.' };
}

/** A token given in the receiving URL (Salesforce outbound messages cannot sign). */
export function verifyUrlToken(options: { token: string | null | undefined; tokenHashes: readonly string[] }): Verification {
  if (!options.token) return { ok: false, reason: 'The receiving URL must carry ?token=<secret> (Salesforce outbound messages are not signed).' };
  const hash = sha256Hex(Buffer.from(options.token, 'utf8'));
  return options.tokenHashes.some((expected) => isSameSecret(hash, expected)) ? { ok: true } : { ok: false, reason: 'The token in the URL is wrong.' };
}
