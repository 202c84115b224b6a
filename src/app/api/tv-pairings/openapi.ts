import { ZTvPairingStarted } from '@/schemas/wall';
import { created, describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/tv-pairings',
  tag: 'Wall',
  operations: {
    post: {
      summary: 'Start pairing a screen',
      description:
        'Public: what a TV opening `/tv` calls. It gets a 6-digit code to show (valid 10 minutes, once) and a secret of its own with which it asks whether it has been paired. Each address may start 30 pairings in 10 minutes.',
      isPublic: true,
      responses: created('The code to show and the screen’s secret', ZTvPairingStarted),
      errors: { 429: 'Too many screens started pairing from this address; wait and try again' },
    },
  },
});
