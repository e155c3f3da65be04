// Extraction quality on real text, scored by ../shared/tools/score.mjs against our hand-made gold:
// the five seeds (the reference story) and twelve SaudiNewsNet articles the extractors' authors did
// not look at. The floors are the measured figures (README, "Quality, measured"; each suite prints
// them) rounded down to two decimals, so any regression fails the suite: after a deliberate gain,
// raise them; after a loss, find out why before lowering one.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { analyze } from '../src/pipeline.js';
import { needShared, root, seedsDir } from './helpers.js';
import { writeRecordsJsonl } from './support/saudinewsnet.js';
import type { Analysis } from '../src/contract.js';

type Metrics = Record<string, number>;

/** Each metric at or above its floor, every shortfall named (all are checked, not just the first). */
function expectFloors(m: Metrics, floors: Metrics): void {
  for (const [metric, floor] of Object.entries(floors)) {
    expect.soft(m[metric], `${metric} (floor ${floor})`).toBeGreaterThanOrEqual(floor);
  }
}

function score(goldFile: string, analysisFile: string): { metrics: Metrics; report: string } {
  const out = execFileSync(
    process.execPath,
    [needShared('tools/score.mjs'), goldFile, analysisFile, '--json'],
    {
      encoding: 'utf8',
    },
  );
  const lines = out.trim().split('\n');
  // the report, then the exact figures the floors below are set from
  return { metrics: JSON.parse(lines[lines.length - 1]), report: lines.join('\n') };
}

interface GoldClaim {
  what: string;
  statements: { doc: string; anchor: string }[];
}
/** 5 of the 6 gold claims found corroborated */
const CLAIMS_FLOOR = 0.83;
/** The scorer's folding (diacritics, hamza forms of alef, alef maqsura) with a map back to offsets. */
function fold(t: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (/[\u064B-\u0652\u0670\u0640]/.test(c)) continue;
    folded += /[أإآٱ]/.test(c) ? 'ا' : c === 'ى' ? 'ي' : c;
    at.push(i);
  }
  at.push(t.length);
  return { folded, at };
}

/**
 * A gold claim is met when one reported claim, corroborated or disputed, has statements overlapping
 * the anchors of at least two of the gold claim's articles. Anchors are located in the analysed text
 * with the scorer's folding (diacritics, hamza forms of alef, alef maqsura), which keeps offsets.
 */
function corroborates(a: Analysis, docMatch: Record<string, string>, g: GoldClaim): boolean {
  const where = g.statements.flatMap((st) => {
    const art = a.articles.find((x) => x.id.includes(docMatch[st.doc]));
    if (!art) return [];
    const { folded, at } = fold(art.text);
    const anchor = fold(st.anchor).folded;
    const i = folded.indexOf(anchor);
    return i < 0 ? [] : [{ article: art.id, start: at[i], end: at[i + anchor.length - 1] + 1 }];
  });
  return a.claims.some((c) => {
    if (c.status === 'single-source') return false;
    const hit = new Set(
      where
        .filter((w) =>
          c.statements.some(
            (s) => s.span.article === w.article && s.span.start < w.end && s.span.end > w.start,
          ),
        )
        .map((w) => w.article),
    );
    return hit.size >= 2;
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'sanad-gold-'));

describe('gold: the five seed articles', () => {
  let m: Metrics;
  let analysis: Analysis;
  beforeAll(async () => {
    needShared('seeds');
    ({ analysis } = await analyze([seedsDir], { threads: 1 }));
    const file = join(tmp, 'seeds.json');
    writeFileSync(file, JSON.stringify(analysis));
    const r = score(join(root, 'test/gold/seeds.gold.json'), file);
    console.log(`seeds:\n${r.report}`);
    m = r.metrics;
  });

  it('cleaning: glued words repaired, boilerplate removed, story kept', () => {
    expectFloors(m, { repairs: 1, boilerplateRemoved: 1, contentKept: 1 });
  });
  it('quantities: every number found with its value', () => {
    expectFloors(m, { quantityRecall: 1, quantityPrecision: 1 });
  });
  it('dates: found with their value; the contradicting weekday flagged', () => {
    expectFloors(m, { dateRecall: 1, weekdayMismatch: 1 });
  });
  it('quotations and speakers', () => {
    // 70/70 found, 3 unmatched; speaker right 68/70
    expectFloors(m, { quoteRecall: 1, quotePrecision: 0.95, speakerAccuracy: 0.97 });
  });
  it('accusations', () => {
    // 33/33 found, 1 unmatched; accuser and accused right 32/33
    expectFloors(m, { accusationRecall: 1, accusationPrecision: 0.97, accusationRolesCorrect: 0.96 });
  });
  it('entities: found, typed, aliases joined and referents kept apart', () => {
    // 100/104 found, 2 of 134 unexpected; aliases joined 15/16, kept apart 11/12
    expectFloors(m, {
      entityRecall: 0.96,
      entityPrecision: 0.98,
      entityTypeAccuracy: 1,
      // sixteenth round: 14/16 (the finder refitted to the beam tagger splits "مركز المصالحة الروسي
      // في حميميم" into the centre and the place, so one alias pair is no longer joined)
      aliasMerged: 0.87,
      aliasKeptApart: 0.91,
    });
  });
  it('claims that independent outlets confirm are grouped and marked corroborated', () => {
    const gold = JSON.parse(readFileSync(join(root, 'test/gold/seeds-claims.gold.json'), 'utf8'));
    const met = gold.claims.filter((g: GoldClaim) => corroborates(analysis, gold.docMatch, g));
    console.log(`corroborated claims: ${met.length}/${gold.claims.length} of the gold claims found`);
    expect(met.length / gold.claims.length).toBeGreaterThanOrEqual(CLAIMS_FLOOR);
  });
  it('contradictions and leaning', () => {
    // 0.8 since the ninth round (0.9 before): a blame by the doer alone now counts only for a breach
    // or a refusal (every doer-only blame of other acts judged on the dev days was wrong), which
    // drops the seeds' "attacks the regime started" against "the militants broke the deal"
    expectFloors(m, { contradictionRecall: 0.8, leaningAccuracy: 1 });
  });
});

/** Analyse the SaudiNewsNet records a gold file names (by url) and score them. */
async function scoreUnseen(goldName: string): Promise<Metrics> {
  const goldFile = join(root, 'test/gold', goldName);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const wanted = Object.values(gold.docMatch as Record<string, string>);
  // pull the annotated records out of the day archives into one JSONL file
  const dir = needShared('data/saudinewsnet');
  const lines: string[] = [];
  for (const zip of readdirSync(dir).filter((f) => f.endsWith('.zip'))) {
    for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dir, zip))))) {
      if (!name.endsWith('.json')) continue;
      for (const r of JSON.parse(strFromU8(data)) as { url?: string }[]) {
        if (r.url && wanted.some((w) => r.url!.includes(w))) lines.push(JSON.stringify(r));
      }
    }
  }
  expect(lines.length).toBeGreaterThanOrEqual(wanted.length);
  const input = join(tmp, goldName.replace('.gold.json', '.jsonl'));
  writeFileSync(input, lines.join('\n') + '\n');
  const { analysis } = await analyze([input], { threads: 1 });
  const file = join(tmp, goldName.replace('.gold.json', '.out.json'));
  writeFileSync(file, JSON.stringify(analysis));
  const r = score(goldFile, file);
  console.log(`${goldName} (unseen):\n${r.report}`);
  return r.metrics;
}

describe('gold: twelve unseen SaudiNewsNet articles', () => {
  let m: Metrics;
  beforeAll(async () => {
    m = await scoreUnseen('saudinewsnet.gold.json');
  });

  it('quotations and speakers on text the rules were not written from', () => {
    // 63/73 found, 2 unmatched; speaker right 59/63 since the ninth round's merge (60/63 before; the
    // set is unseen, so which speaker changed was not looked at)
    expectFloors(m, { quoteRecall: 0.86, quotePrecision: 0.96, speakerAccuracy: 0.93 });
  });
  it('quantities and dates', () => {
    // quantities 47/54 found, 9 spurious; dates 16/16. Quantities were 49/54 before issue 11 made
    // lone and definite dual nouns, duals after بعد/قبل/منذ and vague amounts (عشرات) non-quantities,
    // as the newer dev gold annotates them; which two items this unseen gold lost was not inspected.
    expectFloors(m, { quantityRecall: 0.87, quantityPrecision: 0.83, dateRecall: 1 });
  });
  it('entities', () => {
    // 118/134 found, 6 of 169 unexpected; aliases joined 11/15, kept apart 4/8. The eleventh round's
    // tagger (trained on in-domain sentences too) found more names (116 -> 118) and split two
    // referents' names differently, so two pairs kept apart before are joined now (6/8 -> 4/8).
    // Thirteenth round (tagger trained on ner-train5/6 too): 125/134 found, 7 of 183 unexpected,
    // aliases 12/15, kept apart 7/8. Fourteenth round (ner-train7/8 too): 125/134 found, 10 of 184
    // unexpected (0.946), aliases 11/15, kept apart 6/8: the precision floor follows it (a trade
    // for 1.5 to 2.3 points of NER F1 on the three unseen NER sets, docs/ner-rounds.md)
    // Sixteenth round: 124/134 found (0.925), 7 of 177 unexpected: the refitted finder alone found
    // 127, the tagger retrained with ner-train9 alone 123; the pair was kept on the development
    // files (docs/ner-rounds.md), so the recall floor follows the measured figure.
    expectFloors(m, {
      entityRecall: 0.92,
      entityPrecision: 0.94,
      entityTypeAccuracy: 0.93,
      aliasMerged: 0.73,
      aliasKeptApart: 0.5,
    });
  });
  it('cleaning: glued words repaired, boilerplate removed, story kept', () => {
    // repaired 2/4, removed 2/2, kept 5/5
    expectFloors(m, { repairs: 0.5, boilerplateRemoved: 1, contentKept: 1 });
  });
});

describe('gold: one unseen story told by five SaudiNewsNet outlets (the Abha mosque bombing)', () => {
  let m: Metrics;
  beforeAll(async () => {
    m = await scoreUnseen('saudinewsnet-story.gold.json');
  });

  it('quotations and speakers', () => {
    // 22/29 found, 2 unmatched; speaker right 20/22. Was 23/29 before the eighth round's cue rules
    // (past forms that double as nouns, -ون participles, lone words after و are no cue or speaker):
    // they cut wrong quotes on a sample day from about 56 of 219 to 20 of 189 and lose one here;
    // which one was not inspected, so that this set stays unseen.
    expectFloors(m, { quoteRecall: 0.75, quotePrecision: 0.91, speakerAccuracy: 0.9 });
  });
  it('who is blamed for the attack', () => {
    // 5/6 found, none unmatched; accuser and accused right 5/5
    expectFloors(m, { accusationRecall: 0.83, accusationPrecision: 1, accusationRolesCorrect: 1 });
  });
  it('the casualty counts and dates of every outlet', () => {
    expectFloors(m, { quantityRecall: 1, quantityPrecision: 1, dateRecall: 1 });
  });
  it('entities', () => {
    // Twelfth round: 41/47 found, 8 of 69 unexpected; aliases joined 3/7, kept apart 2/5 (the
    // weakest figures). Scored after each round's merge, never inspected by rule writers.
    // Thirteenth round (tagger trained on ner-train5/6 too): 42/47 found, 9 of 71 unexpected, so the
    // precision floor is lowered to what the round measured (0.873). Fourteenth round (ner-train7/8
    // too): 39/47 found, 9 of 70 unexpected: three names lost here, the recall floor follows it (the
    // trade of the round's training data, docs/ner-rounds.md).
    expectFloors(m, {
      entityRecall: 0.82,
      entityPrecision: 0.87,
      entityTypeAccuracy: 0.89,
      // sixteenth round: 2/7 (3/7 before; the refitted finder joins one alias pair fewer), precision
      // 0.985 (0.970 before)
      aliasMerged: 0.28,
      aliasKeptApart: 0.2,
    });
  });
  // Contradictions between the outlets' casualty counts: 0 of 3 (README), so no floor can fail;
  // a gain shows in the printed report.
});

describe('gold: leaning of 44 partisan SaudiNewsNet articles (test/gold/leaning-dev.sides.json)', () => {
  // 35/44 committed to a side, 0 on the wrong side (README, "Leaning"); the sides were read before
  // the conflict markers and the commitment threshold were set, and these are the figures tuned on
  it('most articles get a side, the wrong side is rare', async () => {
    const sidesFile = join(root, 'test/gold/leaning-dev.sides.json');
    const sides = JSON.parse(readFileSync(sidesFile, 'utf8')) as Record<string, unknown>;
    const input = writeRecordsJsonl(Object.keys(sides), join(tmp, 'leaning-dev.jsonl'));
    const { analysis } = await analyze([input], { threads: 1 });
    const file = join(tmp, 'leaning-dev.out.json');
    writeFileSync(file, JSON.stringify(analysis));
    const out = execFileSync(
      process.execPath,
      [needShared('tools/score-leaning.mjs'), sidesFile, file, '--json'],
      { encoding: 'utf8' },
    );
    console.log(`leaning (dev sides):\n${out}`);
    const m = JSON.parse(out.trim().split('\n').pop()!) as {
      leaningAccuracy: number;
      wrongSide: number;
      n: number;
    };
    expect(m.leaningAccuracy).toBeGreaterThanOrEqual(0.79);
    expect(m.wrongSide / m.n).toBeLessThanOrEqual(0.05);
  }, 300_000);
});
