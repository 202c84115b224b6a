import { ZodError } from 'zod';
import { AppError } from '@/server/errors';

// What a wall page says instead of its figures when the server refuses the request.
// Anything else is a real failure and is rethrown to the error boundary.

const titles: Partial<Record<AppError['code'], string>> = {
  BAD_REQUEST: 'That month cannot be shown',
  NOT_FOUND: 'There is nothing to show here',
  FORBIDDEN: 'This wall is not yours to see',
  UNPROCESSABLE: 'That cannot be shown',
};

export function describeWallProblem(error: unknown): { title: string; message: string } {
  if (error instanceof AppError && titles[error.code]) return { title: titles[error.code]!, message: error.message };
  if (error instanceof ZodError) return { title: titles.NOT_FOUND!, message: 'That address does not name an office, team or rep.' };
  throw error;
}
