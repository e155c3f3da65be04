// Scores contradictions and corroborations against a judged dev sample (test/gold/contradictions-dev.judged.json):
// reads the analyses of the sample's days (sanad analyze DAY.zip -o DIR/DD.json, DD the day of month) and prints
// precision on the judged contradictions still reported, right ones kept and lost, and reported pairs not
// judged (to read before trusting the figure); then, for the sampled corroborated claims, how many of
// each verdict are still corroborated.
// usage: npx tsx scripts/score-judged.ts test/gold/contradictions-dev.judged.json DIR
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Side {
  article: string;
  start: number;
}
interface Judged {
  day: string;
  kind: string;
  a: Side;
  b: Side;
  right: boolean;
  why?: string;
}
interface Sampled {
  day: string;
  statements: Side[];
  verdict: string;
}
interface Analysis {
  contradictions: { kind: string; a: Side; b: Side }[];
  claims: { status: string; statements: { span: Side }[] }[];
}

const [goldFile, dir] = process.argv.slice(2);
if (!goldFile || !dir) throw new Error('usage: score-judged.ts JUDGED.json DIR');
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
  items: Judged[];
  corroborations: { items: Sampled[] };
};
const pairKey = (day: string, a: Side, b: Side) =>
  [day, ...[`${a.article}@${a.start}`, `${b.article}@${b.start}`].sort()].join('|');
const judged = new Map(gold.items.map((j) => [pairKey(j.day, j.a, j.b), j]));
// the days of judged contradictions and of sampled corroborations (a set may sample a day with no contradiction judged)
const days = [...new Set([...gold.items, ...gold.corroborations.items].map((j) => j.day))];
const analyses = new Map<string, Analysis>();
for (const day of days) {
  const file = join(dir, `${day.slice(-2)}.json`);
  if (existsSync(file)) analyses.set(day, JSON.parse(readFileSync(file, 'utf8')) as Analysis);
}

let right = 0;
let wrong = 0;
const unjudged: string[] = [];
const kept = new Set<string>();
const wrongLeft: Record<string, number> = {};
for (const [day, a] of analyses) {
  for (const x of a.contradictions) {
    const k = pairKey(day, x.a, x.b);
    const j = judged.get(k);
    if (!j) {
      unjudged.push(`${day} ${x.kind} ${x.a.article}@${x.a.start} / ${x.b.article}@${x.b.start}`);
      continue;
    }
    kept.add(k);
    if (j.right) right++;
    else {
      wrong++;
      wrongLeft[j.why ?? '?'] = (wrongLeft[j.why ?? '?'] ?? 0) + 1;
    }
  }
}
const judgedRight = gold.items.filter((j) => j.right && analyses.has(j.day));
const lost = judgedRight.filter((j) => !kept.has(pairKey(j.day, j.a, j.b)));
console.log(`days read: ${[...analyses.keys()].join(', ')}`);
console.log(
  `contradictions: ${right + wrong} judged reported (${unjudged.length} more not judged), precision ${(right / Math.max(1, right + wrong)).toFixed(3)}; right kept ${right}/${judgedRight.length}, lost ${lost.length}`,
);
console.log(`wrong still reported, by why: ${JSON.stringify(wrongLeft)}`);
for (const j of lost) console.log(`  lost: ${j.day} ${j.kind} ${j.a.article}@${j.a.start}`);
for (const u of unjudged) console.log(`  not judged: ${u}`);

// corroborations: a sampled claim is still corroborated when a corroborated claim holds one of its statements
const still: Record<string, number> = {};
const total: Record<string, number> = {};
for (const c of gold.corroborations.items) {
  const a = analyses.get(c.day);
  if (!a) continue;
  total[c.verdict] = (total[c.verdict] ?? 0) + 1;
  const spans = new Set(c.statements.map((s) => `${s.article}@${s.start}`));
  const hit = a.claims.some(
    (k) =>
      k.status === 'corroborated' && k.statements.some((s) => spans.has(`${s.span.article}@${s.span.start}`)),
  );
  if (hit) still[c.verdict] = (still[c.verdict] ?? 0) + 1;
}
const corroborated = [...analyses.values()].reduce(
  (n, a) => n + a.claims.filter((k) => k.status === 'corroborated').length,
  0,
);
console.log(
  `corroborations: ${corroborated} claims corroborated in all; of the sample still corroborated: ` +
    Object.keys(total)
      .map((v) => `${v} ${still[v] ?? 0}/${total[v]}`)
      .join(', '),
);
