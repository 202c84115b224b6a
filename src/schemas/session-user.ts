import { z } from 'zod';

// The signed-in user as GET /api/me and PATCH /api/me/profile answer it
// (src/server/auth/session-user.ts builds it).

export const ZSessionUser = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['REP', 'LEAD', 'MANAGER', 'ADMIN']),
    teamId: z.string().nullable(),
    ledTeamIds: z.array(z.string()).meta({ description: 'The teams whose lead this user is' }),
    managedTeamIds: z.array(z.string()).meta({ description: 'The teams whose manager this user is' }),
  })
  .meta({ id: 'SessionUser', description: 'Who is making the request, with the teams they lead and manage' });
export type TSessionUserBody = z.infer<typeof ZSessionUser>;
