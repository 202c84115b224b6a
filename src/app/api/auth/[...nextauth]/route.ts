import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth/options';
import { throttledSignIn } from '@/server/auth/throttled-sign-in';

// GET|POST /api/auth/* — next-auth's sign-in, sign-out, session and CSRF endpoints;
// credentials sign-ins are throttled per account and per address.
const handler = throttledSignIn(NextAuth(authOptions));

export { handler as GET, handler as POST };
