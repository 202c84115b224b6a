import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/server/auth/options';
import { usesSecureCookies } from '@/server/auth/secure-cookies';
import { throttledSignIn } from '@/server/auth/throttled-sign-in';

// GET|POST /api/auth/* — next-auth's sign-in, sign-out, session and CSRF endpoints;
// credentials sign-ins are throttled per account and per address. Cookies are Secure
// whenever this request came over https (also through a trusted TLS proxy).
const handler = throttledSignIn((request, context) =>
  NextAuth(request as NextRequest, context, { ...authOptions, useSecureCookies: usesSecureCookies(request) }),
);

export { handler as GET, handler as POST };
