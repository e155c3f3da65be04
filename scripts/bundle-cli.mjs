#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js as tsc wrote it) and the modules it imports into one
// file, dist/cli/sanad.cjs, then puts scripts/cli-launcher.mjs in place of dist/cli/main.js and
// writes V8's code cache for it (dist/cli/sanad.code-cache) by running the CLI once on the
// invented examples (WARM_INPUTS). A fresh `sanad analyze` then reads two files instead of
// resolving, reading and compiling some 250 modules (dist/, zod, commander, chrono-node), which
// took a large share of a cold start. The bundle's input is tsc's own output, so it runs the same code; the modules of
// commands a run does not use are in the file but not run (esbuild wraps each lazily imported
// module). Packages that read files beside themselves or load native code stay outside (BUNDLED).
// Run by `npm run build` after tsc; tsc alone leaves the unbundled CLI, which works the same.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliDir = `${root}dist/cli/`;
const entry = `${cliDir}main.js`;
const bundle = `${cliDir}sanad.cjs`;
const cache = `${cliDir}sanad.code-cache`;
const LAUNCHER = `${root}scripts/cli-launcher.mjs`;
/** the launcher's import(), for the bundle's import() of packages left outside (see IMPORT_OUTSIDE) */
const IMPORT_GLOBAL = 'globalThis.__sanadImport';

/** Packages bundled: plain JavaScript that reads no file of its own at run time. */
const BUNDLED = new Set(['commander', 'zod', 'fflate', 'chrono-node']);
/** `createRequire(import.meta.url)('pkg')`, which esbuild cannot follow, of a bundled package */
const REQUIRE_HERE = /createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g;
/**
 * `import('pkg')` of a package left outside: node cannot run an import() compiled from V8's code
 * cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so it goes through the launcher's own import()
 */
const IMPORT_OUTSIDE = /\bimport\((['"])([^'"./][^'"]*)\1\)/g;

if (readFileSync(entry, 'utf8') === readFileSync(LAUNCHER, 'utf8')) {
  console.error('dist/cli/main.js is the launcher already (run tsc first); nothing bundled');
  process.exit(0);
}
rmSync(cache, { force: true });

/**
 * commander's one use of child_process is to run a subcommand kept in its own file, which sanad
 * has none of; loading child_process (with net and dgram behind it) cost every run a few ms, so
 * the bundle loads it on that use. Without the line as written here the bundle keeps commander's.
 */
const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const LAZY_CHILD_PROCESS =
  "const childProcess = { get spawn() { return require('node:child_process').spawn; } };";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const uses = text.match(/childProcess\.(\w+)/g) ?? [];
      // the getter covers spawn only: any other use keeps the file as commander wrote it
      if (!text.includes(COMMANDER_CHILD_PROCESS) || uses.some((u) => u !== 'childProcess.spawn'))
        return undefined;
      return { contents: text.replace(COMMANDER_CHILD_PROCESS, LAZY_CHILD_PROCESS), loader: 'js' };
    });
  },
};

const packageOf = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/**
 * A module that finds files next to itself (`new URL('../lexicons/', import.meta.url)`) must still
 * find them from the bundle: its `import.meta.url` becomes the URL of its own compiled file in dist/.
 */
const keepOwnUrl = {
  name: 'keep-own-url',
  setup(b) {
    b.onLoad({ filter: /\/dist\/.*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
        .replace(REQUIRE_HERE, (call, _q, name) =>
          BUNDLED.has(packageOf(name)) ? `require(${JSON.stringify(name)})` : call,
        )
        .replace(IMPORT_OUTSIDE, (call, _q, name) =>
          BUNDLED.has(packageOf(name)) ? call : `${IMPORT_GLOBAL}(${JSON.stringify(name)})`,
        );
      const own = `new URL(${JSON.stringify(relative(cliDir, args.path))}, __bundleUrl).href`;
      return {
        contents: text.replaceAll('import.meta.url', own),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      return BUNDLED.has(packageOf(args.path)) ? undefined : { external: true };
    });
  },
};

const result = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: bundle,
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [keepOwnUrl, lazyChildProcess],
  write: false,
  logLevel: 'warning',
  legalComments: 'none',
});
// esbuild escapes strings to ASCII but leaves regex literals and comments as written: escape
// those too (\uXXXX per UTF-16 unit, the same character in a regex, with or without the u flag),
// so the source is one byte a character and V8 keeps it as a one-byte string (a two-byte 2 MB
// source cost a fresh process more time to read and to check against the code cache)
const NON_ASCII = /[^\x00-\x7f]/g;
if (/\\[^\x00-\x7f]/.test(result.outputFiles[0].text)) {
  // an escaped letter (a backslash, then ة) would become a backslash and the letters u0629
  console.error('the bundle escapes a non-ASCII character itself; cannot write it as ASCII');
  process.exit(1);
}
const code = result.outputFiles[0].text.replace(
  NON_ASCII,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
if (/\bimport\(\s*["'`]/.test(code)) {
  console.error('the bundle still holds an import(), which fails under the code cache');
  process.exit(1);
}
// the launcher takes the cache only beside the bundle it was made from
const id = createHash('sha1').update(code).digest('hex');
writeFileSync(bundle, `${code}//# build ${id}\n`);
copyFileSync(LAUNCHER, entry);
rmSync(`${entry}.map`, { force: true });

// The run that writes the cache: the functions it compiles are in the cache, any other compiles at
// each start. The three short articles of the example leave out much of what news of a real length
// runs (a cold `analyze` of the five seeds then compiled 5% of its instructions' worth more), so
// the project's own invented test articles go in as well, when the repository holds them.
const WARM_INPUTS = ['examples/invented-story', 'test/fixtures/records.jsonl', 'test/fixtures/check']
  .map((p) => `${root}${p}`)
  .filter((p) => existsSync(p));
const run = spawnSync(
  process.execPath,
  [entry, 'analyze', ...WARM_INPUTS, '--output', '/dev/null', '--quiet'],
  { env: { ...process.env, SANAD_WRITE_CODE_CACHE: cache }, encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(`the bundled CLI failed on ${WARM_INPUTS.join(' ')}:\n${run.stderr}`);
  process.exit(1);
}
