#!/usr/bin/env node
// Builds what the HTML report inlines (src/report/html/assets.ts reads it), into dist/report-assets/:
//   client.js   the browser script (src/report/html/client/) bundled with the parts of ECharts it uses
//   report.css  the style sheet, minified
//   ../server-assets/app.js, app.css  the web app's script (src/server/client/) and styles
//   atlas-*.json Natural Earth countries simplified at two levels (slow to compute: done once here)
// Run by `npm run build` after tsc (it imports the compiled basemap module).
import { build } from 'esbuild';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/report-assets/`;
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [`${root}src/report/html/client/main.ts`],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: `${out}client.js`,
  legalComments: 'none',
  logLevel: 'warning',
});
// the web app of `sanad serve` (src/server/assets.ts reads these): its script reuses the report's
await build({
  entryPoints: [`${root}src/server/client/main.ts`],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: `${root}dist/server-assets/app.js`,
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  entryPoints: [`${root}src/server/app.css`],
  minify: true,
  outfile: `${root}dist/server-assets/app.css`,
  logLevel: 'warning',
});
await build({
  entryPoints: [`${root}src/report/html/report.css`],
  minify: true,
  outfile: `${out}report.css`,
  logLevel: 'warning',
});

const { ATLAS_LEVELS, atlasFile, simplifiedCountries } = await import(`${root}dist/report/html/basemap.js`);
const source = statSync(`${root}node_modules/world-atlas/countries-50m.json`).mtimeMs;
for (const level of Object.keys(ATLAS_LEVELS)) {
  const file = fileURLToPath(atlasFile(level));
  if (existsSync(file) && statSync(file).mtimeMs > source) continue;
  writeFileSync(file, JSON.stringify(simplifiedCountries(level)));
}
