import { z } from 'zod';
import { created, describeRoute, ok, type ApiTag, type OperationDescription } from './describe-route';

type CollectionOperation = Omit<OperationDescription, 'tag' | 'responses'> & {
  /** The answer's description: the list's order ('By name'), or what was added ('The new office'). */
  answer: string;
};

type CollectionDeclaration<Path extends string> = {
  path: Path;
  tag: ApiTag;
  /** Errors both operations answer. */
  errors?: OperationDescription['errors'];
  /** The items' name in the list and in an add's answer, and their schema: `{ list: 'offices', one: 'office', schema: ZOffice }`. */
  items: { list: string; one: string; schema: z.ZodType };
  list: CollectionOperation;
  /** An add answers the item it added, or `added` when a new one holds more than a listed one (a new token, with its secret). */
  add: CollectionOperation & { body: z.ZodType; added?: z.ZodType };
};

/**
 * A collection's route, as the offices, an office's holidays, the API tokens and the TV links
 * have: GET lists the items (200, `{ offices: [Office] }`) and POST adds one (201, `{ office: Office }`).
 * The declaration names the items once; each operation keeps its own summary, description and errors.
 */
export function describeCollectionRoute<Path extends string>({ path, tag, errors, items, list, add }: CollectionDeclaration<Path>) {
  const { answer: order, ...listOperation } = list;
  const { answer, added, ...addOperation } = add;
  return describeRoute({
    path,
    tag,
    errors,
    operations: {
      get: { ...listOperation, responses: ok(order, { [items.list]: z.array(items.schema) }) },
      post: { ...addOperation, responses: created(answer, { [items.one]: added ?? items.schema }) },
    },
  });
}
