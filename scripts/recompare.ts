// Re-runs only the comparison stage on saved analyses (sanad analyze -o DIR/DD.json): each story's
// articles and findings as saved, compared again with this tree's compare code. For tuning claims
// and contradictions without re-running extraction (minutes a day). Writes OUT/DD.json with the
// claims and contradictions, as scripts/score-judged.ts reads them.
// With --stories-of JUDGED.json (repeatable) only the stories holding a sampled corroboration's
// article are compared (the claims score-judged reads; its count of all claims is then partial).
// usage: npx tsx scripts/recompare.ts IN_DIR OUT_DIR [DD ...] [--stories-of JUDGED.json ...]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/contract.js';
import { compareArticles } from '../src/compare/compare.js';
import { splitSentences } from '../src/text/segment.js';

const args = process.argv.slice(2);
const judged = args.flatMap((a, i) => (args[i - 1] === '--stories-of' ? [a] : []));
const [inDir, outDir, ...only] = args.filter(
  (a, i) => a !== '--stories-of' && args[i - 1] !== '--stories-of',
);
if (!inDir || !outDir)
  throw new Error('usage: recompare.ts IN_DIR OUT_DIR [DD ...] [--stories-of JUDGED.json ...]');
const sampled = new Set(
  judged.flatMap((f) =>
    (
      JSON.parse(readFileSync(f, 'utf8')) as {
        corroborations: { items: { statements: { article: string }[] }[] };
      }
    ).corroborations.items.flatMap((i) => i.statements.map((s) => s.article)),
  ),
);
mkdirSync(outDir, { recursive: true });
const files = readdirSync(inDir).filter(
  (f) => /^\d\d\.json$/.test(f) && (!only.length || only.includes(f.slice(0, 2))),
);
for (const f of files) {
  const a = JSON.parse(readFileSync(join(inDir, f), 'utf8')) as Analysis;
  const articles = new Map(a.articles.map((x) => [x.id, x]));
  const claims: unknown[] = [];
  const contradictions: unknown[] = [];
  for (const story of a.stories ?? []) {
    if (judged.length && !story.articles.some((id) => sampled.has(id))) continue;
    const ids = new Set(story.articles);
    const pick = <T extends { article: string }>(xs: T[]) => xs.filter((x) => ids.has(x.article));
    const members = story.articles.flatMap((id) => articles.get(id) ?? []);
    const r = compareArticles({
      articles: members,
      sentences: Object.fromEntries(members.map((m) => [m.id, splitSentences(m.text)])),
      entities: a.entities.flatMap((e) => {
        const mentions = pick(e.mentions);
        return mentions.length ? [{ ...e, mentions }] : [];
      }),
      quotes: pick(a.quotes),
      accusations: pick(a.accusations),
      quantities: pick(a.quantities),
      dates: pick(a.dates),
    });
    for (const c of r.claims) claims.push({ story: story.id, ...c });
    for (const x of r.contradictions) contradictions.push({ story: story.id, ...x });
  }
  writeFileSync(join(outDir, f), JSON.stringify({ claims, contradictions }));
  console.log(`${f}: ${claims.length} claims, ${contradictions.length} contradictions`);
}
