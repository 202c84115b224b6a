import { z } from 'zod';
import { ZTvPairingStatus } from '@/schemas/wall';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/tv-pairings/{pairingId}',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Ask whether a screen has been paired',
      description:
        'Public, for the screen that started the pairing: it sends the secret it was given. While nobody has entered the code the answer is `waiting`; once an admin or a lead has, it is `paired` with the address of the screen’s new TV link, given this once. An unknown, expired or already delivered pairing (or a wrong secret) answers 404.',
      isPublic: true,
      path: z.object({ pairingId: z.string().min(1).max(100).meta({ description: 'The pairing the screen started' }) }),
      headers: z.object({ 'x-pairing-secret': z.string().min(1).max(200).meta({ description: 'The secret the screen got when it started pairing' }) }),
      responses: ok('Waiting, or paired with the link to open', ZTvPairingStatus),
      errors: { 400: 'The secret is missing', 404: 'No such pairing waiting for this screen (expired, used, or the secret is wrong)' },
    },
  },
});
