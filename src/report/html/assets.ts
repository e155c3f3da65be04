// What the report inlines: the Arabic web font (Noto Naskh Arabic from @fontsource, as data: URLs),
// the style sheet and the browser script (both built by scripts/build-report-assets.mjs into
// dist/report-assets/). Read once per process.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SanadError } from '../../errors.js';

const require = createRequire(import.meta.url);

const FONT_PACKAGE = '@fontsource/noto-naskh-arabic';
const FONT_FAMILY = 'Noto Naskh Arabic';
/**
 * The font files inlined: Arabic in regular and bold (headings), Latin and Latin Extended in regular
 * only (English labels and the transliteration's ā ḥ ʿ; the browser emboldens them). Fontsource's
 * subsets are already cut by script, so no further subsetting: about 125 KB before base64.
 */
const FONT_FACES: { subset: string; weight: number }[] = [
  { subset: 'arabic', weight: 400 },
  { subset: 'arabic', weight: 700 },
  { subset: 'latin', weight: 400 },
  { subset: 'latin-ext', weight: 400 },
];

function fontFace(subset: string, weight: number): string {
  const css = readFileSync(require.resolve(`${FONT_PACKAGE}/${subset}-${weight}.css`), 'utf8');
  const range = /unicode-range:\s*([^;]+);/.exec(css)?.[1];
  const file = require.resolve(`${FONT_PACKAGE}/files/noto-naskh-arabic-${subset}-${weight}-normal.woff2`);
  const data = readFileSync(file).toString('base64');
  return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');${range ? `unicode-range:${range};` : ''}}`;
}

const assetDir = new URL('../../../dist/report-assets/', import.meta.url);

/** A file the build wrote into `dir` (`where`: that folder as the message names it), or E_REPORT_ASSETS. */
export function builtAsset(dir: URL, where: string, name: string): string {
  const file = new URL(name, dir);
  if (!existsSync(file))
    throw new SanadError('E_REPORT_ASSETS', `${where}/${name} is missing: run npm run build`);
  return readFileSync(file, 'utf8');
}

const readAsset = (name: string): string => builtAsset(assetDir, 'dist/report-assets', name);

export interface ReportAssets {
  fontCss: string;
  css: string;
  script: string;
}

let cached: ReportAssets | undefined;

export function reportAssets(): ReportAssets {
  cached ??= {
    fontCss: FONT_FACES.map((f) => fontFace(f.subset, f.weight)).join('\n'),
    css: readAsset('report.css'),
    script: readAsset('client.js'),
  };
  return cached;
}
