import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { hubSpotSignedUri, isSameSecret, sha256Hex, signGeneric, signHubSpotV1, signHubSpotV2, signHubSpotV3, verifyBasicAuth, verifyGeneric, verifyHubSpot, verifyUrlToken } from './signatures';

// HubSpot's published vectors (developers.hubspot.com, "v1 request validation" and "v2
// request validation"), and hand-computed ones for v3 and the generic header.

const hubSpotSecret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
const hubSpotBody = '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';
const now = Date.parse('2026-12-03T08:00:00Z');

describe('HubSpot signatures', () => {
  it('computes HubSpot’s published v1 vector', () => {
    expect(signHubSpotV1({ secret: hubSpotSecret, body: hubSpotBody })).toBe('232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de');
  });

  it('computes HubSpot’s published v2 vector (a GET without a body)', () => {
    expect(signHubSpotV2({ secret: hubSpotSecret, method: 'GET', uri: 'https://www.example.com/webhook_uri', body: '' })).toBe('eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e');
  });

  it('computes v3 as base64 HMAC-SHA256 of method, decoded URI, body and timestamp', () => {
    const expected = createHmac('sha256', 'secret').update('POSThttps://cadence.example/api/integrations/c1/webhook?a=b:c[]1700000000000').digest('base64');
    expect(signHubSpotV3({ secret: 'secret', method: 'post', uri: 'https://cadence.example/api/integrations/c1/webhook?a=b%3Ac', body: '[]', timestamp: '1700000000000' })).toBe(expected);
    expect(hubSpotSignedUri('https://x.test/a%2Fb%3Fc%40d%20e')).toBe('https://x.test/a/b?c@d%20e');
  });

  const uri = 'https://cadence.example/api/integrations/c1/webhook';
  const signed = (timestamp: number, secret = 'current', body = '[]') => ({
    signatureV3: signHubSpotV3({ secret, method: 'POST', uri, body, timestamp: String(timestamp) }),
    timestamp: String(timestamp),
  });

  it('accepts v3 with the current or the previous secret inside the window', () => {
    expect(verifyHubSpot({ secrets: ['current'], method: 'POST', uris: [uri], body: '[]', headers: signed(now - 60_000), acceptsLegacySignatures: false, nowMs: now })).toEqual({ ok: true });
    expect(verifyHubSpot({ secrets: ['current', 'old'], method: 'POST', uris: [uri], body: '[]', headers: signed(now, 'old'), acceptsLegacySignatures: false, nowMs: now }).ok).toBe(true);
  });

  it('refuses a wrong secret, a changed body, a stale or future timestamp', () => {
    const verify = (headers: ReturnType<typeof signed>, body = '[]') => verifyHubSpot({ secrets: ['current'], method: 'POST', uris: [uri], body, headers, acceptsLegacySignatures: false, nowMs: now });
    expect(verify(signed(now, 'other')).ok).toBe(false);
    expect(verify(signed(now), '[{}]').ok).toBe(false);
    expect(verify(signed(now - 5 * 60_000 - 1))).toMatchObject({ ok: false, reason: expect.stringMatching(/5 minutes/) });
    expect(verify(signed(now + 6 * 60_000)).ok).toBe(false);
    expect(verify({ signatureV3: signed(now).signatureV3, timestamp: 'soon' }).ok).toBe(false);
  });

  it('accepts v1 and v2 only when the connection turns them on', () => {
    const v1 = { signature: signHubSpotV1({ secret: hubSpotSecret, body: hubSpotBody }), signatureVersion: 'v1' };
    const options = { secrets: [hubSpotSecret], method: 'POST', uris: [uri], body: hubSpotBody, headers: v1, nowMs: now };
    expect(verifyHubSpot({ ...options, acceptsLegacySignatures: false })).toMatchObject({ ok: false, reason: expect.stringMatching(/turned off/) });
    expect(verifyHubSpot({ ...options, acceptsLegacySignatures: true })).toEqual({ ok: true, note: 'v1' });
    const v2 = { signature: signHubSpotV2({ secret: hubSpotSecret, method: 'POST', uri, body: hubSpotBody }), signatureVersion: 'v2' };
    expect(verifyHubSpot({ ...options, headers: v2, acceptsLegacySignatures: true })).toEqual({ ok: true, note: 'v2' });
    expect(verifyHubSpot({ ...options, headers: { ...v2, signatureVersion: 'v1' }, acceptsLegacySignatures: true }).ok).toBe(false);
  });

  it('refuses a request without any signature', () => {
    expect(verifyHubSpot({ secrets: ['s'], method: 'POST', uris: [uri], body: '', headers: {}, acceptsLegacySignatures: true, nowMs: now }).ok).toBe(false);
  });
});

describe('the generic X-Cadence-Signature', () => {
  it('is t=<seconds>,v1=<hex HMAC of "t.body">', () => {
    const header = signGeneric({ secret: 'whsec', body: '{"a":1}', timestampSeconds: 1_764_748_800 });
    expect(header).toBe(`t=1764748800,v1=${createHmac('sha256', 'whsec').update('1764748800.{"a":1}').digest('hex')}`);
  });

  it('verifies inside the 5-minute window with any accepted secret; refuses outside it, or tampered', () => {
    const body = '{"events":[]}';
    const t = now / 1000 - 120;
    expect(verifyGeneric({ secrets: ['new', 'old'], body, header: signGeneric({ secret: 'old', body, timestampSeconds: t }), nowMs: now })).toEqual({ ok: true });
    expect(verifyGeneric({ secrets: ['new'], body, header: signGeneric({ secret: 'new', body, timestampSeconds: now / 1000 - 301 }), nowMs: now }).ok).toBe(false);
    expect(verifyGeneric({ secrets: ['new'], body: `${body} `, header: signGeneric({ secret: 'new', body, timestampSeconds: t }), nowMs: now }).ok).toBe(false);
    expect(verifyGeneric({ secrets: ['new'], body, header: 'v1=abc', nowMs: now }).ok).toBe(false);
    expect(verifyGeneric({ secrets: ['new'], body, header: null, nowMs: now }).ok).toBe(false);
  });
});

describe('Basic credentials and URL tokens', () => {
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  it('accepts the user name with a password whose hash is accepted', () => {
    const options = { username: 'cadence', passwordHashes: [sha256Hex('s3cret:with:colons')] };
    expect(verifyBasicAuth({ ...options, header: basic('cadence', 's3cret:with:colons') }).ok).toBe(true);
    expect(verifyBasicAuth({ ...options, header: basic('cadence', 'wrong') }).ok).toBe(false);
    expect(verifyBasicAuth({ ...options, header: basic('other', 's3cret:with:colons') }).ok).toBe(false);
    expect(verifyBasicAuth({ ...options, header: 'Bearer abc' }).ok).toBe(false);
  });

  it('checks a URL token by its hash', () => {
    expect(verifyUrlToken({ token: 'abc', tokenHashes: [sha256Hex('abc')] }).ok).toBe(true);
    expect(verifyUrlToken({ token: 'abd', tokenHashes: [sha256Hex('abc')] }).ok).toBe(false);
    expect(verifyUrlToken({ token: undefined, tokenHashes: [sha256Hex('abc')] }).ok).toBe(false);
  });

  it('compares strings of different lengths as unequal without throwing', () => {
    expect(isSameSecret('abc', 'abcd')).toBe(false);
    expect(isSameSecret('abc', 'abc')).toBe(true);
  });
});
