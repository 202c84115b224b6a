import { z } from 'zod';
import { ZBurnDown } from '@/schemas/wall';
import { ZTvTokenPath } from '../openapi';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const ZTvBurnDownQuery = z.object({
  slide: z.string().regex(/^\d{1,2}$/).meta({ description: 'The position (from 0) of the burn-down screen in the link’s playlist' }),
});

export const documentation = describeRoute({
  path: '/api/tv/{token}/burn-down',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Read a burn-down screen of a TV playlist',
      description:
        'The burn-down chart a TV link’s playlist shows as one of its screens, without a session: the secret in the path is the credential, and only the burn-downs the link’s playlist names can be read. Not on the wall’s live path: the TV reads it each time that screen comes round.',
      isPublic: true,
      path: ZTvTokenPath,
      query: ZTvBurnDownQuery,
      responses: ok('One point per day of the month', { burnDown: ZBurnDown }),
      errors: { 400: 'slide is not a number', 404: 'The link is unknown or revoked, or its playlist has no burn-down at that position', 422: 'The figures cannot be added up' },
    },
  },
});
