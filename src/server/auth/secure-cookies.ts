import { httpsRequestHeader } from '@/server/web-headers';

/**
 * Whether next-auth's cookies must be Secure (and so named `__Secure-…`/`__Host-…`) for
 * this request: when it came over TLS, directly or through a proxy trusted with
 * TRUST_PROXY (the custom server decides and says so in a header it always overwrites),
 * or when the configured address is https. next-auth alone looks only at NEXTAUTH_URL, so
 * behind a TLS proxy with an http NEXTAUTH_URL its cookies were sent without Secure.
 */
export function usesSecureCookies(request: { headers: Headers }, configuredUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return request.headers.get(httpsRequestHeader) === '1' || (configuredUrl?.startsWith('https://') ?? false);
}
