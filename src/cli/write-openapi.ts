import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getOpenApiDocument } from '@/app/api/openapi-document';

// Writes the OpenAPI document to a file (default .data/openapi.json) for the linters:
// `npm run lint:openapi` runs Spectral (spectral:oas) and Redocly (recommended) on it.
const target = path.resolve(process.argv[2] ?? '.data/openapi.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(getOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
