// The web app's script and style sheet. The script (src/server/client/, bundled with the report's
// client code and ECharts) and the app's own styles are built by scripts/build-report-assets.mjs
// into dist/server-assets/; the style sheet served is the report's fonts and styles, then the app's.
import { existsSync, readFileSync } from 'node:fs';
import { SanadError } from '../errors.js';
import { reportAssets } from '../report/html/assets.js';

const assetDir = new URL('../../dist/server-assets/', import.meta.url);

function readAsset(name: string): string {
  const file = new URL(name, assetDir);
  if (!existsSync(file))
    throw new SanadError('E_REPORT_ASSETS', `dist/server-assets/${name} is missing: run npm run build`);
  return readFileSync(file, 'utf8');
}

export interface AppAssets {
  script: string;
  css: string;
}

let cached: AppAssets | undefined;

export function appAssets(): AppAssets {
  if (!cached) {
    const report = reportAssets();
    cached = {
      script: readAsset('app.js'),
      css: `${report.fontCss}\n${report.css}\n${readAsset('app.css')}`,
    };
  }
  return cached;
}
