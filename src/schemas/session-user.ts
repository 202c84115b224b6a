import { z } from 'zod';
import { ZText } from './primitives';

// The signed-in user as GET /api/me and PATCH /api/me/profile answer it
// (src/server/auth/session-user.ts builds it).

export const ZSessionUser = z
  .object({
    id: ZText,
    name: ZText,
    email: ZText,
    role: z.enum(['REP', 'LEAD', 'MANAGER', 'ADMIN']),
    teamId: ZText.nullable(),
    ledTeamIds: z.array(ZText).meta({ description: 'The teams whose lead this user is' }),
    managedTeamIds: z.array(ZText).meta({ description: 'The teams whose manager this user is' }),
  })
  .meta({ id: 'SessionUser', description: 'Who is making the request, with the teams they lead and manage' });
export type TSessionUserBody = z.infer<typeof ZSessionUser>;
