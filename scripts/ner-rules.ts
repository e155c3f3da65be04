// What each rule of the entity finder does against the beam tagger: for each CoNLL development file
// (with the model to read it: one trained without it by `eval-ner.ts --leave-out FILE --write M`,
// or the shipped one for ner-dev / ner-dev2), the tagger alone and the whole finder (exact spans,
// PERS/LOC/ORG, as ../shared/tools/score-ner.mjs counts them), then the finder with each rule
// switched off (rules.ts): the spans the rule adds, drops, cuts, extends or retypes, how many of
// them are right against the gold, and the finder's F1 with and without it. Files with a model of
// their own (left out of its training) are pooled: a rule is kept where it helps on them together.
// Never point it at held-out or unseen gold files.
// usage: npx tsx scripts/ner-rules.ts --set M6.bin=test/gold/ner-train6.conll ... \
//          --set shipped=test/gold/ner-dev.conll [--off rule,rule] [--rules rule,rule | all] [--beam K]
//          [--on rule,rule | all] [--json OUT] [--show rule,rule]
// --off: rules off in every run; --on: rules of DEFAULT_OFF (rules.ts) back on in every run (--on
// all: the finder before round seventeen); --rules: the rules to ablate one at a time (all by
// default; those off are left out); --show: the spans these rules change.
import { writeFileSync } from 'node:fs';
import { setBeamWidth } from '../src/extract/ner/tagger.js';
import { DEFAULT_OFF, FINDER_RULES, setDisabledRules } from '../src/extract/entities/rules.js';
import { bioSpans, devSets, modelOf, option, readDevFile, spanKey, tagDev } from './ner-dev-files.js';

const args = process.argv.slice(2);
const opt = (name: string) => option(args, name);
const sets = devSets(args);
if (opt('--beam')) setBeamWidth(Number(opt('--beam')));
const baseOff = (opt('--off') ?? '').split(',').filter(Boolean);
// --on rule,rule: rules of DEFAULT_OFF switched back on (--on all: the finder before round seventeen)
const onArg = (opt('--on') ?? '').split(',').filter(Boolean);
const backOn = onArg.includes('all') ? [...DEFAULT_OFF] : onArg;
const defaults = DEFAULT_OFF.filter((r) => !backOn.includes(r));
const chosen = opt('--rules');
const rules = (!chosen || chosen === 'all' ? [...FINDER_RULES] : chosen.split(',')).filter(
  (r) => !baseOff.includes(r) && !(defaults as readonly string[]).includes(r),
);

type SpanSet = Set<string>; // "start:end:TYPE" over token indices, as the scorer writes them

/** Spans of a BIO column as keys ("start:end:TYPE"), as score-ner.mjs counts them. */
const spans = (tags: string[]): SpanSet => new Set(bioSpans(tags).map(spanKey));

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}
const prf = (c: Counts) => {
  const p = c.tp / (c.pred || 1);
  const r = c.tp / (c.gold || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};
const fmt = (c: Counts) => {
  const { p, r, f } = prf(c);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
};
const count = (pred: SpanSet, gold: SpanSet): Counts => {
  let tp = 0;
  for (const s of pred) if (gold.has(s)) tp++;
  return { tp, pred: pred.size, gold: gold.size };
};

/** What switching a rule on changes: the spans only with it (`on`) against those only without. */
interface Effect {
  add: [number, number]; // [spans, right]
  drop: [number, number]; // spans the rule removes [spans, right ones lost]
  cut: [number, number]; // a shorter span in place of a longer one [spans, right after / right before]
  extend: [number, number];
  retype: [number, number];
  other: [number, number];
  cutWasRight: number;
  extendWasRight: number;
  retypeWasRight: number;
  otherWasRight: number;
}
const emptyEffect = (): Effect => ({
  add: [0, 0],
  drop: [0, 0],
  cut: [0, 0],
  extend: [0, 0],
  retype: [0, 0],
  other: [0, 0],
  cutWasRight: 0,
  extendWasRight: 0,
  retypeWasRight: 0,
  otherWasRight: 0,
});

const parse = (s: string) => {
  const [a, b, t] = s.split(':');
  return { s: Number(a), e: Number(b), t };
};

/** The effect of a rule: spans of the finder with it (`on`) against the finder without it (`off`). */
function effect(on: SpanSet, off: SpanSet, gold: SpanSet, into: Effect): void {
  const onlyOn = [...on].filter((x) => !off.has(x)).map((x) => ({ x, ...parse(x) }));
  const onlyOff = [...off].filter((x) => !on.has(x)).map((x) => ({ x, ...parse(x) }));
  const paired = new Set<string>();
  for (const a of onlyOn) {
    const b = onlyOff.find((o) => !paired.has(o.x) && o.s < a.e && a.s < o.e);
    const right = gold.has(a.x) ? 1 : 0;
    if (!b) {
      into.add[0]++;
      into.add[1] += right;
      continue;
    }
    paired.add(b.x);
    const was = gold.has(b.x) ? 1 : 0;
    const kind =
      a.s === b.s && a.e === b.e
        ? 'retype'
        : a.s >= b.s && a.e <= b.e
          ? 'cut'
          : a.s <= b.s && a.e >= b.e
            ? 'extend'
            : 'other';
    into[kind][0]++;
    into[kind][1] += right;
    into[`${kind}WasRight`] += was;
  }
  for (const b of onlyOff)
    if (!paired.has(b.x)) {
      into.drop[0]++;
      into.drop[1] += gold.has(b.x) ? 1 : 0;
    }
}

const showEffect = (e: Effect) =>
  [
    e.add[0] ? `add ${e.add[0]} (${e.add[1]} right)` : '',
    e.drop[0] ? `drop ${e.drop[0]} (${e.drop[1]} were right)` : '',
    e.cut[0] ? `cut ${e.cut[0]} (${e.cut[1]} right, ${e.cutWasRight} were)` : '',
    e.extend[0] ? `extend ${e.extend[0]} (${e.extend[1]} right, ${e.extendWasRight} were)` : '',
    e.retype[0] ? `retype ${e.retype[0]} (${e.retype[1]} right, ${e.retypeWasRight} were)` : '',
    e.other[0] ? `shift ${e.other[0]} (${e.other[1]} right, ${e.otherWasRight} were)` : '',
  ]
    .filter(Boolean)
    .join(', ') || 'no change';

// --show rule,rule: print the spans each of these rules changes, with the gold's span over them
const show = (opt('--show') ?? '').split(',').filter(Boolean);

/** The spans only with the rule (+) and only without it (-), each marked right or wrong. */
function showSpans(on: SpanSet, off: SpanSet, gold: SpanSet, tokens: string[]): void {
  const text = (x: string) => {
    const { s, e, t } = parse(x);
    return `[${tokens.slice(s, e).join(' ')}]${t}${gold.has(x) ? ' right' : ''}`;
  };
  const context = (x: string) => {
    const { s, e } = parse(x);
    const g = [...gold].filter((y) => parse(y).s < e && s < parse(y).e).map((y) => text(y));
    return `${tokens.slice(Math.max(0, s - 4), s).join(' ')} | ${tokens.slice(e, e + 3).join(' ')}; gold ${g.join(' ') || 'none'}`;
  };
  for (const x of on) if (!off.has(x)) console.log(`      + ${text(x)}   (${context(x)})`);
  for (const x of off) if (!on.has(x)) console.log(`      - ${text(x)}   (${context(x)})`);
}

const report: Record<string, unknown> = {};
// pooled over the left-out files: counts with every rule (minus --off), and without each rule
const pooled = { tagger: { tp: 0, pred: 0, gold: 0 }, finder: { tp: 0, pred: 0, gold: 0 } };
const pooledWithout = new Map<string, Counts>();
const pooledEffect = new Map<string, Effect>();
for (const [m, file] of sets) {
  const model = modelOf(m);
  const { input, tokens, goldTags } = readDevFile(file);
  const gold = spans(goldTags);
  const run = (mode: 'tagger' | 'entities', off: string[]) => {
    setDisabledRules([...defaults, ...off], true);
    const out = tagDev(input, mode, model);
    setDisabledRules([]);
    if (out.length !== goldTags.length) throw new Error(`${file}: token counts differ`);
    return spans(out);
  };
  const tagger = count(run('tagger', []), gold);
  const full = run('entities', baseOff);
  const finder = count(full, gold);
  const leftOut = m !== 'shipped';
  console.log(`\n${file} (${m}): tagger ${fmt(tagger)}; finder ${fmt(finder)}`);
  const byRule: Record<string, unknown> = {};
  for (const rule of rules) {
    const without = run('entities', [...baseOff, rule]);
    const c = count(without, gold);
    const e = emptyEffect();
    effect(full, without, gold, e);
    if (show.includes(rule)) showSpans(full, without, gold, tokens);
    const delta = prf(finder).f - prf(c).f;
    console.log(
      `  ${rule.padEnd(22)} F1 with ${prf(finder).f.toFixed(4)} without ${prf(c).f.toFixed(4)} (${delta >= 0 ? '+' : ''}${(delta * 100).toFixed(2)}): ${showEffect(e)}`,
    );
    byRule[rule] = { without: c, effect: e };
    if (leftOut) {
      const p = pooledWithout.get(rule) ?? { tp: 0, pred: 0, gold: 0 };
      pooledWithout.set(rule, { tp: p.tp + c.tp, pred: p.pred + c.pred, gold: p.gold + c.gold });
      const pe = pooledEffect.get(rule) ?? emptyEffect();
      effect(full, without, gold, pe);
      pooledEffect.set(rule, pe);
    }
  }
  report[file] = { model: m, tagger, finder, byRule };
  if (leftOut)
    for (const k of ['tagger', 'finder'] as const) {
      const src = k === 'tagger' ? tagger : finder;
      pooled[k] = {
        tp: pooled[k].tp + src.tp,
        pred: pooled[k].pred + src.pred,
        gold: pooled[k].gold + src.gold,
      };
    }
}
if (pooledWithout.size) {
  console.log(`\nleft-out files pooled: tagger ${fmt(pooled.tagger)}; finder ${fmt(pooled.finder)}`);
  const rows = [...pooledWithout].map(([rule, c]) => ({ rule, delta: prf(pooled.finder).f - prf(c).f, c }));
  rows.sort((a, b) => a.delta - b.delta);
  for (const { rule, delta, c } of rows)
    console.log(
      `  ${rule.padEnd(22)} ${delta >= 0 ? '+' : ''}${(delta * 100).toFixed(2)} (without: ${fmt(c)}): ${showEffect(pooledEffect.get(rule)!)}`,
    );
}
if (opt('--json')) writeFileSync(opt('--json')!, JSON.stringify(report, null, 1));
