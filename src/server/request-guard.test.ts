import { describe, expect, it } from 'vitest';
import { checkRequest, isHttpsRequest, type GuardedRequest } from './request-guard';

const cookie = 'next-auth.session-token=eyJhbGciOi.x.y';

function request(overrides: Partial<GuardedRequest> & { headers?: GuardedRequest['headers'] }): GuardedRequest {
  return { method: 'POST', url: '/api/deals', isHttps: false, ...overrides, headers: { host: 'cadence.test:3000', ...overrides.headers } };
}

const refusal = (value: ReturnType<typeof checkRequest>) => value && `${value.status} ${value.message}`;

describe('paths the server refuses before Next.js', () => {
  it('refuses malformed percent-encoding and NUL bytes with a 400', () => {
    expect(refusal(checkRequest(request({ method: 'GET', url: '/api/deals/%ff' })))).toMatch(/^400 .*percent-encoding/);
    expect(refusal(checkRequest(request({ method: 'GET', url: '/api/deals/a%00b' })))).toMatch(/^400 .*NUL/);
    expect(refusal(checkRequest(request({ method: 'GET', url: '/board/team/%e0%a4' })))).toMatch(/^400/);
    expect(checkRequest(request({ method: 'GET', url: '/api/deals/caf%C3%A9?q=%ff' }))).toBeNull();
  });
});

describe('forged writes', () => {
  const json = { 'content-type': 'application/json', 'content-length': '12', cookie };

  it('accepts a same-origin JSON write by Origin or by Sec-Fetch-Site', () => {
    expect(checkRequest(request({ headers: { ...json, origin: 'http://cadence.test:3000' } }))).toBeNull();
    expect(checkRequest(request({ headers: { ...json, 'sec-fetch-site': 'same-origin' } }))).toBeNull();
    expect(checkRequest(request({ headers: { ...json, 'content-type': 'application/json; charset=utf-8', origin: 'http://cadence.test:3000' } }))).toBeNull();
    expect(checkRequest(request({ method: 'DELETE', url: '/api/tokens/t1', headers: { cookie, origin: 'http://cadence.test:3000' } }))).toBeNull();
  });

  it('accepts the configured public origin behind a proxy', () => {
    const proxied = request({ headers: { ...json, host: '10.0.0.5:3000', origin: 'https://cadence.example.com' } });
    expect(checkRequest(proxied, { configuredUrl: 'https://cadence.example.com' })).toBeNull();
    expect(checkRequest(proxied)).not.toBeNull();
  });

  it('refuses a text/plain form post, another port of the same host and a missing Origin', () => {
    expect(refusal(checkRequest(request({ headers: { ...json, 'content-type': 'text/plain', origin: 'http://cadence.test:3000' } })))).toMatch(/^403 .*application\/json/);
    expect(refusal(checkRequest(request({ headers: { ...json, 'content-type': 'application/x-www-form-urlencoded' } })))).toMatch(/^403/);
    expect(refusal(checkRequest(request({ headers: { ...json, origin: 'http://cadence.test:4000' } })))).toMatch(/^403 .*cadence\.test:4000/);
    expect(refusal(checkRequest(request({ headers: { ...json, origin: 'https://cadence.test:3000' } })))).toMatch(/^403/);
    expect(refusal(checkRequest(request({ headers: { ...json, 'sec-fetch-site': 'same-site' } })))).toMatch(/^403 .*same-site/);
    expect(refusal(checkRequest(request({ headers: json })))).toMatch(/^403 .*Origin/);
    expect(refusal(checkRequest(request({ method: 'PATCH', headers: { ...json, origin: 'null' } })))).toMatch(/^403/);
  });

  it('leaves Bearer requests, reads and next-auth form posts alone', () => {
    expect(checkRequest(request({ headers: { ...json, authorization: 'Bearer cad_x', origin: 'http://elsewhere.test' } }))).toBeNull();
    expect(checkRequest(request({ method: 'GET', headers: { cookie, origin: 'http://elsewhere.test' } }))).toBeNull();
    expect(checkRequest(request({ url: '/api/auth/callback/credentials', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } }))).toBeNull();
  });

  it('takes a same-origin multipart upload only where files are uploaded', () => {
    const upload = { cookie, 'content-type': 'multipart/form-data; boundary=x', 'content-length': '99', origin: 'http://cadence.test:3000' };
    expect(checkRequest(request({ url: '/api/admin/imports/preview', headers: upload }))).toBeNull();
    expect(checkRequest(request({ url: '/api/deals', headers: upload }))).not.toBeNull();
    expect(checkRequest(request({ url: '/api/admin/imports', headers: { ...upload, origin: 'http://cadence.test:4000' } }))).not.toBeNull();
  });

  it('still wants JSON from writes without a session cookie', () => {
    expect(checkRequest(request({ url: '/api/setup/password', headers: { 'content-type': 'application/json', 'content-length': '5' } }))).toBeNull();
    expect(refusal(checkRequest(request({ url: '/api/setup/password', headers: { 'content-type': 'text/plain', 'content-length': '5' } })))).toMatch(/^403/);
  });

  it('lets machines post to a webhook receiver in any content type (it checks its own signature)', () => {
    const soap = { 'content-type': 'text/xml; charset=utf-8', 'content-length': '500' };
    expect(checkRequest(request({ url: '/api/integrations/c123/webhook?token=x', headers: soap }))).toBeNull();
    expect(checkRequest(request({ url: '/api/integrations/c123/webhook', headers: { ...soap, cookie } }))).toBeNull();
    // Only the receiver itself: the admin API next to it is guarded as usual.
    expect(checkRequest(request({ url: '/api/integrations/c123/webhook/extra', headers: soap }))).not.toBeNull();
    expect(checkRequest(request({ url: '/api/admin/integrations', headers: { ...soap, cookie } }))).not.toBeNull();
  });
});

describe('whether a request came over HTTPS', () => {
  it('believes X-Forwarded-Proto only when told to', () => {
    expect(isHttpsRequest({ encrypted: false, forwardedProto: 'https', trustProxy: false })).toBe(false);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: 'https', trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: 'https, http', trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ encrypted: true, forwardedProto: undefined, trustProxy: false })).toBe(true);
  });
});
