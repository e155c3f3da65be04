// Where the whole entity finder and the tagger alone part on CoNLL development files: the gold spans
// the tagger gets right and the finder loses (with the finder's span there), and those the finder
// gets right where the tagger did not, pooled; with --rules, each loss and gain is put down to the
// rules whose switching off (one at a time, rules.ts) gives the tagger's reading back there.
// Never point it at held-out or unseen gold files.
// usage: npx tsx scripts/ner-finder-diff.ts --set M6.bin=test/gold/ner-train6.conll ... [--rules all|r,r]
//          [--list lost|gained|spurious|both] [--mode errors]
// --mode errors: the tagger's own errors instead (missed, spurious, boundary, type), by shape.
import { DEFAULT_OFF, FINDER_RULES, setDisabledRules } from '../src/extract/entities/rules.js';
import {
  bioSpans as spans,
  devSets,
  modelOf,
  normTag,
  option,
  readDevFile,
  spanKey as key,
  tagDev,
  type Span as Sp,
} from './ner-dev-files.js';

const args = process.argv.slice(2);
const opt = (name: string) => option(args, name);
const sets = devSets(args);
const chosen = opt('--rules');
const rules = !chosen
  ? []
  : (chosen === 'all' ? [...FINDER_RULES] : chosen.split(',')).filter(
      (r) => !(DEFAULT_OFF as readonly string[]).includes(r),
    );
const list = opt('--list') ?? 'both';

const lost: string[] = [];
const gained: string[] = [];
const spurious: string[] = [];
const blame = new Map<string, { lost: number; gained: number; spurious: number }>();
const shapes = new Map<string, string[]>();
const addShape = (k: string, line: string) => shapes.set(k, [...(shapes.get(k) ?? []), line]);

for (const [m, file] of sets) {
  const model = modelOf(m);
  const { input, tokens, goldTags } = readDevFile(file);
  const run = (mode: 'tagger' | 'entities', off: string[] = []) => {
    setDisabledRules(off);
    const out = tagDev(input, mode, model);
    setDisabledRules([]);
    return spans(out);
  };
  const gold = spans(goldTags.map(normTag));
  const goldSet = new Set(gold.map(key));
  const tagger = run('tagger');
  const taggerSet = new Set(tagger.map(key));
  const finder = run('entities');
  const finderSet = new Set(finder.map(key));
  const text = (x: Sp) => `[${tokens.slice(x.s, x.e).join(' ')}]${x.t}`;
  const ctx = (x: Sp) =>
    `${tokens.slice(Math.max(0, x.s - 3), x.s).join(' ')} _ ${tokens.slice(x.e, x.e + 2).join(' ')}`;
  const over = (list: Sp[], x: Sp) => list.filter((y) => y.s < x.e && x.s < y.e);
  if (opt('--mode') === 'errors') {
    // the tagger's errors by shape: each gold span it misses and each span of its own that is wrong
    for (const g of gold) {
      if (taggerSet.has(key(g))) continue;
      const o = over(tagger, g);
      const shape = !o.length
        ? 'missed'
        : o.some((y) => y.s === g.s && y.e === g.e)
          ? `type ${g.t}->${o.find((y) => y.s === g.s && y.e === g.e)!.t}`
          : o.every((y) => y.t === g.t)
            ? `boundary ${g.t} ${o[0].s < g.s || o[o.length - 1].e > g.e ? 'longer' : 'shorter'}`
            : `boundary+type ${g.t}`;
      addShape(
        `${shape}`,
        `${text(g)} tagger ${o.map(text).join(' ') || '-'}   (${ctx(g)})  ${file.replace(/.*\//, '')}`,
      );
    }
    for (const y of tagger)
      if (!goldSet.has(key(y)) && !over(gold, y).length)
        addShape(`spurious ${y.t}`, `${text(y)}   (${ctx(y)})  ${file.replace(/.*\//, '')}`);
    continue;
  }
  const without = new Map(rules.map((r) => [r, new Set(run('entities', [r]).map(key))]));
  const put = (x: Sp, side: 'lost' | 'gained' | 'spurious') => {
    // the rules that, switched off alone, give the tagger's reading of this gold span back (lost)
    // or lose the finder's right reading of it (gained) or its wrong span (spurious)
    const who = rules.filter((r) =>
      side === 'lost' ? without.get(r)!.has(key(x)) : !without.get(r)!.has(key(x)),
    );
    for (const r of who) {
      const b = blame.get(r) ?? { lost: 0, gained: 0, spurious: 0 };
      b[side]++;
      blame.set(r, b);
    }
    return who.length ? ` {${who.join(',')}}` : rules.length ? ' {?}' : '';
  };
  // the finder's wrong spans that the tagger did not give (a wrong span of the tagger's kept is its own)
  for (const f of finder)
    if (!goldSet.has(key(f)) && !taggerSet.has(key(f)))
      spurious.push(
        `${text(f)} gold ${over(gold, f).map(text).join(' ') || '-'} tagger ${over(tagger, f).map(text).join(' ') || '-'}   (${ctx(f)})${put(f, 'spurious')}`,
      );
  for (const g of gold) {
    const t = taggerSet.has(key(g));
    const f = finderSet.has(key(g));
    if (t && !f)
      lost.push(
        `${text(g)} finder ${over(finder, g).map(text).join(' ') || '-'}   (${ctx(g)})${put(g, 'lost')}`,
      );
    if (!t && f)
      gained.push(
        `${text(g)} tagger ${over(tagger, g).map(text).join(' ') || '-'}   (${ctx(g)})${put(g, 'gained')}`,
      );
  }
}
if (opt('--mode') === 'errors') {
  for (const [k, v] of [...shapes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n## ${k}: ${v.length}`);
    for (const l of v) console.log(`  ${l}`);
  }
} else {
  console.log(
    `gold spans the tagger has and the finder loses: ${lost.length}; the finder gains: ${gained.length}; wrong spans of the finder's own: ${spurious.length}`,
  );
  if (list === 'both' || list === 'lost') for (const l of lost) console.log(`  - ${l}`);
  if (list === 'both' || list === 'gained') for (const l of gained) console.log(`  + ${l}`);
  if (list === 'both' || list === 'spurious') for (const l of spurious) console.log(`  x ${l}`);
  if (blame.size) {
    console.log('\nrules (spans lost / gained against the tagger alone, as switching the rule off shows):');
    for (const [r, b] of [...blame].sort((a, b) => b[1].lost - b[1].gained - (a[1].lost - a[1].gained)))
      console.log(`  ${r.padEnd(24)} lost ${b.lost} gained ${b.gained} wrong spans ${b.spurious}`);
  }
}
