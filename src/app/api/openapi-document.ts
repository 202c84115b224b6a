import { buildOpenApiDocument } from '@/server/openapi/build-document';
import { apiRoutes } from './api-routes';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The OpenAPI 3.1 document of the JSON API, assembled once from the routes' descriptions. */
export function getOpenApiDocument(): ReturnType<typeof buildOpenApiDocument> {
  document ??= buildOpenApiDocument(apiRoutes);
  return document;
}
