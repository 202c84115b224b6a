import type { z } from 'zod';
import { apiPath, request } from '@/lib/api-client';

/**
 * The dialogs that both create and edit an admin record (an office, a team) save through
 * this: a new record is a POST to its `collection`, an edited one a PATCH of
 * `collection/:id`; both answer with the record.
 */
export function requestSaveRecord<T>(collection: string, editing: { id: string } | null, options: { reply: z.ZodType<T>; body: unknown }): Promise<T> {
  return editing ? request('PATCH', apiPath(collection, editing.id), options) : request('POST', collection, options);
}
