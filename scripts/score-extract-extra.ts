// Scores the fields of an extraction gold file that ../shared/tools/score.mjs ignores: quote channels
// and relays ("channel", "via"), attribution-looking phrases that are not quotes ("notQuotes"),
// quantity units ("unit"), numbers that are not quantities ("junkQuantities") and clock times on
// dates ("time"). Matching follows score.mjs: a gold anchor is located in the article's text after
// the same light normalisation, and a prediction matches when its spans overlap the anchor.
// usage: npx tsx scripts/score-extract-extra.ts test/gold/extract-dev.gold.json [--json]
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline.js';
import { writeRecordsJsonl } from '../test/support/saudinewsnet.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Span {
  start: number;
  end: number;
  text?: string;
}
interface GoldQuote {
  doc: string;
  anchor: string;
  channel?: string;
  via?: string[] | string;
  optional?: boolean;
}
interface Gold {
  docMatch: Record<string, string>;
  quotes: GoldQuote[];
  notQuotes?: { doc: string; anchor: string }[];
  quantities: { doc: string; anchor: string; value: number; unit?: string; optional?: boolean }[];
  junkQuantities?: { doc: string; anchor: string }[];
  dates: { doc: string; anchor: string; monthDay: string; time?: string }[];
}

const [goldFile, ...flags] = process.argv.slice(2);
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
const dir = mkdtempSync(join(tmpdir(), 'sanad-extra-'));
const input = writeRecordsJsonl(Object.values(gold.docMatch), join(dir, 'input.jsonl'));
const { analysis } = await analyze([input], { threads: 1 });

// the normalisation of score.mjs, with a map back to the original offsets
function normMap(s: string): { n: string; map: number[] } {
  let n = '';
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    if (/[\u064B-\u0652\u0670\u0640\u200e\u200f\u200c\u200d]/.test(c)) continue;
    if (/[أإآٱ]/.test(c)) c = 'ا';
    if (c === 'ى') c = 'ي';
    if (/\s/.test(c)) {
      if (prevSpace) continue;
      c = ' ';
      prevSpace = true;
    } else prevSpace = false;
    n += c;
    map.push(i);
  }
  map.push(s.length);
  return { n, map };
}
const norm = (s: string | undefined) => normMap(String(s ?? '')).n.trim();

const articleOf = new Map<string, (typeof analysis.articles)[number]>();
for (const [doc, url] of Object.entries(gold.docMatch)) {
  const a = analysis.articles.find((x) => [x.id, x.source?.url].some((k) => String(k ?? '').includes(url)));
  if (a) articleOf.set(doc, a);
}
function locate(doc: string, anchor: string): Span | null {
  const a = articleOf.get(doc);
  if (!a) return null;
  const { n, map } = normMap(a.text);
  const i = n.indexOf(norm(anchor));
  if (i < 0) return null;
  return { start: map[i], end: map[i + norm(anchor).length - 1] + 1 };
}
const overlaps = (s: Span | undefined, r: Span) => !!s && s.start < r.end && s.end > r.start;
const sameName = (a: string | undefined, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return !!x && (x.includes(y) || y.includes(x));
};

// sanad writes a percentage's unit as "%", the gold as "percent"
const unitName = (u: string | undefined) => (u === '%' ? 'percent' : u);

const report: Record<string, string | number> = {};
const ratio = (name: string, hit: number, of: number) => {
  report[name] = `${hit}/${of}`;
  console.log(`${name}: ${hit}/${of}${of ? ` (${(hit / of).toFixed(3)})` : ''}`);
};

// quotes: channel and relays on the matched quotes
{
  let chHit = 0;
  let chOf = 0;
  let chSpurious = 0;
  let viaHit = 0;
  let viaOf = 0;
  const used = new Set<string>();
  for (const g of gold.quotes) {
    const r = locate(g.doc, g.anchor);
    const aid = articleOf.get(g.doc)?.id;
    if (!r) continue;
    const q = analysis.quotes.find(
      (p) =>
        !used.has(p.id) && p.article === aid && [p, p.cue, p.speaker, p.content].some((s) => overlaps(s, r)),
    );
    if (!q) continue;
    used.add(q.id);
    if (g.channel) {
      chOf++;
      if (sameName(q.channel?.text, g.channel)) chHit++;
      else if (flags.includes('--verbose'))
        console.log(`  channel missed: ${g.channel} in "${g.anchor}" (got ${q.channel?.text ?? 'none'})`);
    } else if (q.channel) {
      chSpurious++;
      if (flags.includes('--verbose'))
        console.log(`  channel on a quote without one: ${q.channel.text} in "${g.anchor}"`);
    }
    const via = g.via ? (Array.isArray(g.via) ? g.via : [g.via]) : [];
    for (const v of via) {
      viaOf++;
      if ((q.via ?? []).some((x) => sameName(x.text, v))) viaHit++;
      else if (flags.includes('--verbose'))
        console.log(
          `  relay missed: ${v} in "${g.anchor}" (got ${(q.via ?? []).map((x) => x.text).join(', ') || 'none'})`,
        );
    }
  }
  ratio('channel correct', chHit, chOf);
  report['channel on a quote without one'] = chSpurious;
  console.log(`channel on a quote without one: ${chSpurious}`);
  ratio('via (relays) correct', viaHit, viaOf);
  let taken = 0;
  for (const g of gold.notQuotes ?? []) {
    const r = locate(g.doc, g.anchor);
    const aid = articleOf.get(g.doc)?.id;
    if (r && analysis.quotes.some((p) => p.article === aid && overlaps(p.cue, r))) taken++;
  }
  ratio('notQuotes taken as quotes', taken, gold.notQuotes?.length ?? 0);
}

// quantities: units of the matched ones, junk numbers taken as quantities
{
  let hit = 0;
  let of = 0;
  const wrong: string[] = [];
  for (const g of gold.quantities) {
    if (!g.unit) continue;
    const r = locate(g.doc, g.anchor);
    const aid = articleOf.get(g.doc)?.id;
    const q =
      r && analysis.quantities.find((p) => p.article === aid && overlaps(p, r) && p.value === g.value);
    if (!q) continue;
    of++;
    if (unitName(q.unit) === g.unit) hit++;
    else wrong.push(`${g.anchor}: ${q.unit ?? '-'} for ${g.unit}`);
  }
  ratio('quantity unit correct', hit, of);
  if (flags.includes('--verbose')) for (const w of wrong) console.log(`  unit ${w}`);
  let junk = 0;
  for (const g of gold.junkQuantities ?? []) {
    const r = locate(g.doc, g.anchor);
    const aid = articleOf.get(g.doc)?.id;
    if (r && analysis.quantities.some((p) => p.article === aid && overlaps(p, r))) {
      junk++;
      if (flags.includes('--verbose')) console.log(`  junk taken: ${g.anchor}`);
    }
  }
  ratio('junk numbers taken as quantities', junk, gold.junkQuantities?.length ?? 0);
}

// dates: clock times of the matched dates
{
  let hit = 0;
  let of = 0;
  for (const g of gold.dates) {
    if (!g.time) continue;
    of++;
    const r = locate(g.doc, g.anchor);
    const aid = articleOf.get(g.doc)?.id;
    const d =
      r &&
      analysis.dates.find((p) => p.article === aid && overlaps(p, r) && String(p.value).endsWith(g.monthDay));
    if (d && d.time === g.time) hit++;
  }
  ratio('date clock time correct', hit, of);
}
if (flags.includes('--json')) console.log(JSON.stringify(report));
