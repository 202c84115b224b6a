import { z } from 'zod';
import { ZText } from './primitives';

// The sign-in form and the server's credential check parse with the same schema.
export const ZCredentials = z.object({
  email: ZText.trim().toLowerCase().email('Enter a valid email address'),
  password: ZText.min(1, 'Enter your password').max(200, 'That password is too long'),
});
export type TCredentials = z.infer<typeof ZCredentials>;
