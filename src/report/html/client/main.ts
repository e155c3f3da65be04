// The report's script: language toggle, links from findings to their spans, charts. Bundled with
// ECharts by scripts/build-report-assets.mjs and inlined in the page (allowed by its CSP hash).
import type { ClientData } from '../client-data.js';
import { installCharts } from './charts.js';
import { installRefLinks } from './highlight.js';
import { installLangToggle } from './lang.js';

function readData(): ClientData | undefined {
  const block = document.getElementById('sanad-data');
  try {
    return block?.textContent ? (JSON.parse(block.textContent) as ClientData) : undefined;
  } catch {
    return undefined;
  }
}

function start(): void {
  document.documentElement.classList.add('js');
  installLangToggle();
  installRefLinks();
  const data = readData();
  if (data) installCharts(data);
  // printing shows every folded list
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details.more')) d.open = true;
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
