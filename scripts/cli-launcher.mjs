#!/usr/bin/env node
// The `sanad` command as `npm run build` installs it (scripts/bundle-cli.mjs copies this file over
// dist/cli/main.js): it runs the bundled CLI, dist/cli/sanad.cjs, with V8's code cache written at
// build time, so a fresh process neither resolves and reads some 250 module files nor compiles the
// functions a run uses. A cache from another build or another V8 is ignored (the bundle then
// compiles as usual). The bundle's own code is tsc's output of src/, unchanged.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// V8's tiering, set before the bundle compiles (the code cache is written under the same flag, so
// V8 accepts it): a function must run 16 times as long as by default before V8 optimises it. A
// short run (`sanad analyze` of a few articles) spent about a third of its CPU optimising code it
// then ran a few times; long runs still optimise their hot loops, and spent less CPU too (README,
// cold start). The flag is process-wide: the annotate pool's worker threads run under it as well.
v8.setFlagsFromString('--interrupt-budget=1081344'); // the default is 67584

const bundle = fileURLToPath(new URL('./sanad.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('./sanad.code-cache', import.meta.url));
/** last line of the bundle: "//# build <sha1 of the lines before>", also the cache file's first bytes */
const BUILD_MARK = '//# build ';
const ID_LENGTH = 40;

// ASCII only (scripts/bundle-cli.mjs escapes the rest): read as latin1, which skips UTF-8 decoding
const source = readFileSync(bundle, 'latin1');
const build = source.slice(source.lastIndexOf(BUILD_MARK) + BUILD_MARK.length).trim();
let cachedData;
if (existsSync(cacheFile)) {
  const bytes = readFileSync(cacheFile);
  if (build.length === ID_LENGTH && bytes.toString('latin1', 0, ID_LENGTH) === build)
    cachedData = bytes.subarray(ID_LENGTH);
}
// the bundle is CommonJS: wrapped as node wraps a module, its hashbang made a comment
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!/, '//')}\n})`;
const script = new vm.Script(wrapped, { filename: bundle, cachedData });
// the bundle's import() of the packages left outside it (pg, piscina …; see scripts/bundle-cli.mjs)
globalThis.__sanadImport = (specifier) => import(specifier);
// `npm run build` runs the CLI once with this set, to write the cache of what a run compiles
if (process.env.SANAD_WRITE_CODE_CACHE === cacheFile)
  process.on('exit', () => {
    writeFileSync(cacheFile, Buffer.concat([Buffer.from(build, 'latin1'), script.createCachedData()]));
  });
const module = { exports: {} };
script
  .runInThisContext()
  .call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
