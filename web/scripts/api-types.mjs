// `npm run api-types -- <openapi.json> [directory]`: writes the web app's
// view of the API contract from an OpenAPI document (the one the server
// serves at /api/openapi.json) into `directory` (default src/lib/api/):
//
// - schema.d.ts, the TypeScript types (openapi-typescript), which
//   src/lib/api/ derives every record, request and figure type from;
// - field-limits.ts, each request field's maxLength, minimum and maximum,
//   so that forms set `maxlength`, `min` and `max` from the server's
//   declarations instead of restating them.
//
// tests/api/web_types.rs runs this on the served document and fails when
// the committed files differ, so a change in the API fails the tests and a
// page that no longer fits the new types fails `npm run check`.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const REGENERATE = 'MOTHRA_WRITE_WEB_TYPES=1 cargo test --test api web_types';
const HEADER = `// Generated from the API's OpenAPI document by \`npm run api-types\`; do not edit.\n// Regenerate: ${REGENERATE}\n\n`;

const [documentPath, outDir = 'src/lib/api'] = process.argv.slice(2);
if (!documentPath) {
  console.error('usage: npm run api-types -- <openapi.json> [directory]');
  process.exit(2);
}
/** @type {import('openapi-typescript').OpenAPI3} */
const document = JSON.parse(await readFile(documentPath, 'utf8'));

const ast = await openapiTS(document, { alphabetize: true });
await writeFile(resolve(outDir, 'schema.d.ts'), HEADER + astToString(ast));

/** The bounds a form can state on an input. */
const BOUNDS = ['maxLength', 'minimum', 'maximum'];

/** @type {Record<string, Record<string, Record<string, number>>>} Request schema (without `Request`) → field → bounds. */
const limits = {};
const schemas = document.components?.schemas ?? {};
for (const [name, schema] of Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!name.endsWith('Request') || name.startsWith('Patched') || !('properties' in schema)) continue;
  /** @type {Record<string, Record<string, number>>} */
  const fields = {};
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    const bounds = Object.fromEntries(
      BOUNDS.flatMap((bound) => {
        const value = /** @type {Record<string, unknown>} */ (property)[bound];
        return typeof value === 'number' && Number.isSafeInteger(value) ? [[bound, value]] : [];
      }),
    );
    if (Object.keys(bounds).length > 0) fields[field] = bounds;
  }
  if (Object.keys(fields).length > 0) limits[name.slice(0, -'Request'.length)] = fields;
}
const limitsText =
  HEADER +
  "/** Each request schema's fields and their bounds, for forms' `maxlength`, `min` and `max`. */\n" +
  `export const FIELD_LIMITS = ${JSON.stringify(limits, null, 2)} as const;\n`;
await writeFile(resolve(outDir, 'field-limits.ts'), limitsText);
