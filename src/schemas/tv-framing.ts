import { z } from 'zod';
import { ZText } from './primitives';

// Which signage players may show the TV pages in a frame: the organisation's list of
// origins, written into the TV pages' Content-Security-Policy (frame-ancestors). Every
// other page refuses to be framed (decision 018).

export const maximumFramingOrigins = 10;

/** An origin as a browser sends it: http(s)://host[:port], nothing after it, no wildcard. */
export const ZFramingOrigin = ZText.trim()
  .toLowerCase()
  .max(200, 'Keep an origin under 200 characters')
  .regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/, 'Use an origin like https://signage.example.com (scheme and host, optional port, no path)')
  .meta({ description: 'An origin: scheme, host and optional port, e.g. https://signage.example.com', example: 'https://signage.example.com' });

export const ZTvFraming = z
  .object({
    origins: z
      .array(ZFramingOrigin)
      .max(maximumFramingOrigins, `List at most ${maximumFramingOrigins} origins`)
      .refine((origins) => new Set(origins).size === origins.length, 'List each origin once')
      .meta({ description: 'Origins allowed to frame /tv/… pages; empty means no site may frame them' }),
  })
  .strict()
  .meta({ id: 'TvFraming' });
export type TTvFraming = z.infer<typeof ZTvFraming>;
