import { describe, expect, it } from 'vitest';
import { acceptsGzip, baseSecurityHeaders, createNonce, pageContentSecurityPolicy, parseFrameAncestors } from './web-headers';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1).join(' ')]));
}

describe('page Content-Security-Policy', () => {
  const base = { nonce: 'abc123', isDevelopment: false, isHttps: false, frameAncestors: [] };

  it('runs scripts by nonce only: no inline or eval in production', () => {
    const policy = directives(pageContentSecurityPolicy(base));
    expect(policy.get('script-src')).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(pageContentSecurityPolicy(base)).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("refuses every framer unless the page's origins are listed", () => {
    expect(directives(pageContentSecurityPolicy(base)).get('frame-ancestors')).toBe("'none'");
    const framed = pageContentSecurityPolicy({ ...base, frameAncestors: ['https://signage.example.com', 'http://10.0.0.5:8080'] });
    expect(directives(framed).get('frame-ancestors')).toBe('https://signage.example.com http://10.0.0.5:8080');
  });

  it('asks for https subresources only when the page itself came over https', () => {
    expect(pageContentSecurityPolicy(base)).not.toContain('upgrade-insecure-requests');
    expect(pageContentSecurityPolicy({ ...base, isHttps: true })).toContain('upgrade-insecure-requests');
  });

  it("allows eval only in development (React's error overlays)", () => {
    expect(directives(pageContentSecurityPolicy({ ...base, isDevelopment: true })).get('script-src')).toContain("'unsafe-eval'");
  });
});

describe('headers on every answer', () => {
  it('forbid sniffing, framing and referrers', () => {
    const headers = baseSecurityHeaders({ path: '/api/health', isHttps: false, isFramable: false });
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('leave X-Frame-Options off a TV page (its CSP lists the framers) and add HSTS over https', () => {
    const headers = baseSecurityHeaders({ path: '/tv/wall_x', isHttps: true, isFramable: true });
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });
});

describe('framing origins passed on by the custom server', () => {
  it('keeps well-formed origins and drops anything that could break out of the directive', () => {
    expect(parseFrameAncestors('https://a.example http://b.example:8080')).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(parseFrameAncestors("https://a.example; script-src * 'unsafe-inline' *")).toEqual([]);
    expect(parseFrameAncestors(undefined)).toEqual([]);
  });
});

it('makes a fresh nonce each time', () => {
  const nonces = new Set(Array.from({ length: 50 }, createNonce));
  expect(nonces.size).toBe(50);
  expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
});

it('gives the API reference its own policy (a script from this server, inline styles), still unframable', () => {
  const policy = baseSecurityHeaders({ path: '/api/docs', isHttps: false, isFramable: false })['content-security-policy'];
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
});

describe('Accept-Encoding and gzip', () => {
  it('takes gzip when a browser or fetch lists it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
  });
  it('sends plain bytes when gzip is missing or refused', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
  });
});
