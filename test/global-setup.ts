// Builds dist/ (and the HTML report's assets) once before the CLI tests when missing or older than the sources, so
// `npx vitest` works on its own; `npm test` has already built it and this is then a no-op.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const root = new URL('..', import.meta.url).pathname;
  const cli = join(root, 'dist/cli/main.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(root, 'src'))) {
    execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  // the HTML report's inlined script, styles and basemap (scripts/build-report-assets.mjs)
  const client = join(root, 'dist/report-assets/client.js');
  const app = join(root, 'dist/server-assets/app.js');
  const assetSources = Math.max(
    newestSource(join(root, 'src/report/html')),
    newestSource(join(root, 'src/server')),
  );
  if (
    !existsSync(client) ||
    !existsSync(app) ||
    statSync(client).mtimeMs < assetSources ||
    statSync(app).mtimeMs < assetSources
  ) {
    execFileSync(process.execPath, [join(root, 'scripts/build-report-assets.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  }
}
