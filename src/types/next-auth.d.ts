import type { Role } from '@/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user?: {
      id: string;
      name?: string | null;
      email?: string | null;
      role: Role;
      teamId: string | null;
    };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    teamId?: string | null;
  }
}
