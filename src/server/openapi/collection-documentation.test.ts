import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeCollectionRoute } from './collection-documentation';

const ZLink = z.object({ id: z.string() });
const ZNewLink = ZLink.extend({ secret: z.string() });

function declare(added?: z.ZodType) {
  return describeCollectionRoute({
    path: '/api/links',
    tag: 'Wall',
    errors: { 403: 'Admins only' },
    items: { list: 'links', one: 'link', schema: ZLink },
    list: { summary: 'List links', description: 'Every link, newest first.', answer: 'Newest first' },
    add: { summary: 'Add a link', description: 'A new link.', body: z.object({ name: z.string() }), answer: 'The new link', added, errors: { 409: 'Taken' } },
  });
}

describe('describeCollectionRoute', () => {
  it('lists the items under their plural with 200 and answers an add with the item under its singular and 201', () => {
    const { operations } = declare();
    expect(operations.get.responses[200]?.description).toBe('Newest first');
    expect(operations.get.responses[200]?.schema.parse({ links: [{ id: 'a' }] })).toEqual({ links: [{ id: 'a' }] });
    expect(operations.post.responses[201]?.description).toBe('The new link');
    expect(operations.post.responses[201]?.schema.parse({ link: { id: 'a', secret: 's' } })).toEqual({ link: { id: 'a' } });
  });

  it('answers an add with `added` when a new item holds more than a listed one', () => {
    const { operations } = declare(ZNewLink);
    expect(operations.post.responses[201]?.schema.parse({ link: { id: 'a', secret: 's' } })).toEqual({ link: { id: 'a', secret: 's' } });
  });

  it('gives both operations the route’s tag and errors, beside the add’s own', () => {
    const { operations } = declare();
    expect(operations.get).toMatchObject({ tag: 'Wall', errors: { 403: 'Admins only' } });
    expect(operations.post).toMatchObject({ tag: 'Wall', errors: { 403: 'Admins only', 409: 'Taken' } });
    expect(operations.get).not.toHaveProperty('answer');
    expect(operations.post).not.toHaveProperty('added');
  });
});
