import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { Role } from '@/generated/prisma/enums';
import { verifyCredentials } from './verify-credentials';
import { endSessions } from './end-sessions';

// next-auth with email and password, JWT sessions that carry the user's id and role.
// The secret comes from NEXTAUTH_SECRET (the start command generates and keeps one
// under DATA_DIR when it is not set).

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      authorize: async (credentials) => {
        const user = await verifyCredentials(credentials);
        return user
          ? { id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId, generation: user.sessionGeneration }
          : null;
      },
    }),
  ],
  events: {
    // Signing out ends this session everywhere it was copied, not just in this browser.
    signOut: async ({ token }) => {
      if (token?.sub) await endSessions(token.sub);
    },
  },
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        const signedIn = user as typeof user & { role: Role; teamId: string | null; generation: number };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.teamId = signedIn.teamId;
        token.generation = signedIn.generation;
      }
      return token;
    },
    session: ({ session, token }) => {
      if (session.user) {
        session.user.id = token.sub ?? '';
        session.user.role = token.role;
        session.user.teamId = token.teamId ?? null;
        session.user.generation = token.generation ?? 0;
      }
      return session;
    },
  },
};
