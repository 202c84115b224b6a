import { z } from 'zod';
import { ZWallSnapshot } from '@/schemas/wall';
import { describeRoute, ok } from '@/server/openapi/describe-route';

/** The TV link's secret in the path: the credential of every /api/tv route. */
export const ZTvTokenPath = z.object({ token: z.string().min(1).meta({ description: 'The secret part of the TV link (`wall_…`)' }) });

export const documentation = describeRoute({
  path: '/api/tv/{token}',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Read the wall a TV link shows',
      description: 'The wall of a read-only TV link, without a session: the secret in the path is the credential. A revoked or unknown link answers 404.',
      isPublic: true,
      path: ZTvTokenPath,
      responses: ok('The wall’s figures', { snapshot: ZWallSnapshot }),
      errors: { 404: 'The link is unknown or revoked', 422: 'The figures cannot be added up' },
    },
  },
});
