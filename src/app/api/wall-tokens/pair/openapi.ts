import { ZPairTvInput, ZWallTokenSummary } from '@/schemas/wall';
import { created, describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/wall-tokens/pair',
  tag: 'Wall',
  operations: {
    post: {
      summary: 'Pair a screen with a new TV link',
      description:
        'Type the 6-digit code a TV shows at `/tv`: a TV link is made with the given name, scope and playlist (the same rules and audit as `POST /api/wall-tokens`) and handed to that screen, which opens it. The code works once, for 10 minutes. Wrong codes count against the caller and their address: after 10 in 10 minutes the answer is 429.',
      body: ZPairTvInput,
      responses: created('The link the screen now shows (its secret only goes to the screen)', { token: ZWallTokenSummary }),
      errors: {
        403: 'Only admins, and leads for their own office, make TV links',
        404: 'No screen is showing that code',
        409: 'The code was used meanwhile',
        422: 'The office does not exist, or a screen of the playlist is not one this link may show',
        429: 'Too many wrong codes; wait and try again',
      },
    },
  },
});
