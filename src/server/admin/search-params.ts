/** A request's query string as a plain object for a zod schema; empty values are left out. */
export function readQuery(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) if (value !== '') query[name] = value;
  return query;
}
