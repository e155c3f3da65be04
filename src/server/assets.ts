// The web app's script and style sheet. The script (src/server/client/, bundled with the report's
// client code and ECharts) and the app's own styles are built by scripts/build-report-assets.mjs
// into dist/server-assets/; the style sheet served is the report's fonts and styles, then the app's.
import { builtAsset, reportAssets } from '../report/html/assets.js';

const assetDir = new URL('../../dist/server-assets/', import.meta.url);

const readAsset = (name: string): string => builtAsset(assetDir, 'dist/server-assets', name);

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
