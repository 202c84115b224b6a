import { ZText } from '@/schemas/primitives';
import { clearFailures, clientAddress, recordFailure, secondsToWait, type ThrottleKey } from './throttle';

// Wraps next-auth's route: a credentials sign-in is refused with 429 while the account
// or the client's address has had too many failures, and each answer is counted (a
// failure adds to both, a success clears the account). The answer to a wrong password
// is the same whether or not the email exists; so is the count.

type RouteHandler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const sessionCookie = /(?:^|,\s*)(?:__Secure-)?next-auth\.session-token=[^;]/;

function signInKeys(email: string, address: string): ThrottleKey[] {
  return [
    { name: 'sign-in-account', key: email },
    { name: 'sign-in-address', key: address },
  ];
}

async function emailOf(request: Request): Promise<string> {
  try {
    const form = await request.clone().formData();
    const email = form.get('email');
    const parsed = ZText.max(200).safeParse(email);
    return parsed.success ? parsed.data.trim().toLowerCase() : '';
  } catch {
    return '';
  }
}

export function throttledSignIn(handler: RouteHandler): RouteHandler {
  return async (request, context) => {
    const isCredentialsSignIn = request.method === 'POST' && new URL(request.url).pathname.endsWith('/callback/credentials');
    if (!isCredentialsSignIn) return handler(request, context);
    const keys = signInKeys(await emailOf(request), clientAddress(request));
    const wait = await secondsToWait(keys);
    if (wait > 0) {
      // next-auth's browser client reads `url` and its `error` parameter.
      const url = new URL('/signin?error=TooManyAttempts', request.url).toString();
      return Response.json(
        { url, error: { code: 'TOO_MANY_REQUESTS', message: `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).` } },
        { status: 429, headers: { 'retry-after': String(wait), 'cache-control': 'no-store' } },
      );
    }
    const response = await handler(request, context);
    const setCookies = response.headers.getSetCookie().join(', ');
    if (sessionCookie.test(setCookies)) await clearFailures(keys[0]!);
    else await recordFailure(keys);
    return response;
  };
}
