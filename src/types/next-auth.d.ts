import type { Role } from '@/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user?: {
      id: string;
      name?: string | null;
      email?: string | null;
      role: Role;
      teamId: string | null;
      /** The user's session generation when this session was issued. */
      generation: number;
    };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    teamId?: string | null;
    /** The user's session generation when this session was issued. */
    generation?: number;
  }
}
