import { buildOpenApiDocument } from '@/server/openapi';

// GET /api/openapi.json — the OpenAPI 3.1 description of the JSON API, built from the zod schemas.
export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
