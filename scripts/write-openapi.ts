// Writes docs/openapi.json, the OpenAPI document of `sanad serve`'s HTTP API, from the routes' JSON
// Schemas (the same document the server serves at /api/openapi.json). `npm run openapi`;
// test/server.test.ts fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { openApiDocument } from '../src/server/app.js';

const root = new URL('..', import.meta.url);
const version = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;
const doc = await openApiDocument(version);
const file = new URL('docs/openapi.json', root);
// formatted as the repository's prettier check expects
const options = { ...(await resolveConfig(file)), parser: 'json' };
writeFileSync(file, await format(JSON.stringify(doc), options));
console.log('wrote docs/openapi.json');
