import { getOpenApiDocument } from '../openapi-document';

// GET /api/openapi.json — the OpenAPI 3.1 description of the JSON API, assembled from the
// openapi.ts beside each route (the same zod schemas the handlers parse with).
export function GET(): Response {
  return Response.json(getOpenApiDocument());
}
