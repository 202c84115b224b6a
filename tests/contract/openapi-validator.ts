import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// Validates answers against the OpenAPI document's response schemas (JSON Schema 2020-12)
// with ajv: the integration and contract tests use it to hold the server to its word.

type Document = { paths?: Record<string, Record<string, any>>; components?: unknown };

export function createResponseValidator(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const cache = new Map<string, ValidateFunction | null>();

  /** Null when the answer matches the document, else why not. */
  return function checkResponse(method: string, apiPath: string, status: number, body: unknown, contentType = 'application/json'): string | null {
    const operation = document.paths?.[apiPath]?.[method.toLowerCase()];
    if (!operation) return `${method.toUpperCase()} ${apiPath} is not in the document`;
    const response = operation.responses?.[String(status)];
    if (!response) {
      return `${method.toUpperCase()} ${apiPath} answered ${status}, which the document does not list (it lists ${Object.keys(operation.responses ?? {}).join(', ')})`;
    }
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    const documentedTypes = Object.keys(response.content ?? {});
    if (documentedTypes.length > 0 && !documentedTypes.includes(mediaType)) {
      return `${method.toUpperCase()} ${apiPath} answered ${status} as ${mediaType}, which the document does not list (it lists ${documentedTypes.join(', ')})`;
    }
    const key = `${method} ${apiPath} ${status} ${mediaType}`;
    if (!cache.has(key)) {
      const schema = response.content?.[mediaType]?.schema;
      cache.set(key, schema ? ajv.compile({ ...schema, components: document.components }) : null);
    }
    const validate = cache.get(key);
    if (validate && !validate(body)) {
      return `${method.toUpperCase()} ${apiPath} answered ${status} with a body the document does not allow: ${ajv.errorsText(validate.errors, { separator: '; ' })}`;
    }
    return null;
  };
}
