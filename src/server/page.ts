// The web app's one HTML page: a shell with landmarks, the language toggle and the reader dialog of
// the report (so the report's script can open spans in it). Everything else is drawn by /app.js from
// the API; the page holds no inline script or style (the Content-Security-Policy forbids them).
import { APP_LABELS, LABELS, type AppLabelKey } from '../labels.js';
import { bi, L } from '../report/html/views-common.js';

const A = (key: AppLabelKey): string => bi(APP_LABELS[key]);

export function appPage(version: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="sanad ${version}">
<title>${APP_LABELS.appTitle.ar}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${L('skip')}</a>
<header class="top">
<p class="brand"><a href="#/">${A('appTitle')}</a></p>
<button id="lang-toggle" type="button" aria-pressed="false"><span class="ar" lang="en">English</span><span class="en" lang="ar">العربية</span></button>
<nav aria-label="${LABELS.contents.en}"><ul>
<li><a href="#/">${A('library')}</a></li>
<li><a href="#/add">${A('add')}</a></li>
<li><a href="#/check">${A('check')}</a></li>
<li><a href="/api/openapi.json" rel="help">${A('api')}</a></li>
</ul></nav>
</header>
<main id="main" tabindex="-1"><h1>${A('appTitle')}</h1><p class="status" role="status">${A('loading')}</p></main>
<dialog id="reader" aria-labelledby="reader-title">
<div class="reader-head"><h2 id="reader-title">${L('highlighted')}</h2><button type="button" class="close">${L('close')}</button></div>
<p class="reader-meta"></p><div class="reader-tabs"></div>
<div class="reader-text" lang="ar" dir="rtl"></div>
</dialog>
</body>
</html>
`;
}
