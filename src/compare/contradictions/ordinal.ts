// Counts by ordinal: "لحج رابع محافظة تتحرر" vs "لحج ثالث محافظة تتحرر", "الجولة الثانية" vs
// "الجولة الثالثة" of the same talks. The same noun said of the same place on the same day, in two
// articles that each give one ordinal for it (an article naming both tells a sequence).
import type { Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { sameDay, sentenceSpan, statementDate } from '../context/context.js';
import { matchKey } from '../context/match.js';
import { placeAt } from '../context/places.js';
import { eventsLexicon } from '../statements/event-words.js';
import type { Voice } from '../statements/voices.js';
import type { FoundPair } from './pairing.js';

interface OrdinalMention {
  ctx: ArticleCtx;
  sent: number;
  noun: string;
  value: number;
  /** the ordinal phrase as written */
  text: string;
  place: string;
  placeText: string;
  date?: string;
  voice: Voice;
}

const VALUES = new Map(
  eventsLexicon.ordinals.values.forms.map((f) => {
    const [form, value] = f.split(':');
    return [matchKey(form), Number(value)] as const;
  }),
);
const NOUNS = new Set(eventsLexicon.ordinals.nouns.forms.map(matchKey));
/** Words either side of an ordinal phrase where the place it is said of stands ("عدن، رابع محافظة"). */
const PLACE_REACH = 5;
/** Pairs reported per noun and place: the first few articles that disagree carry the dispute. */
const PER_KEY = 4;

/** Ordinal phrases of an article: noun + ordinal ("المحافظة الرابعة") or ordinal + noun ("رابع محافظة"). */
function mentionsOf(ctx: ArticleCtx, voiceOf: (c: ArticleCtx, o: number) => Voice): OrdinalMention[] {
  const out: OrdinalMention[] = [];
  const toks = ctx.tokens;
  for (let t = 0; t + 1 < toks.length; t++) {
    const [x, y] = [toks[t], toks[t + 1]];
    if (x.sent !== y.sent) continue;
    const nounFirst = NOUNS.has(x.key) && VALUES.has(y.key);
    const ordFirst = VALUES.has(x.key) && NOUNS.has(y.key);
    if (!nounFirst && !ordFirst) continue;
    const sent = x.sent;
    const from = ctx.sentTok[sent];
    const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : toks.length;
    // the place the ordinal is said of: just before the phrase, else just after it
    const p =
      placeAt(ctx, Math.max(from, t - PLACE_REACH), t, true) ??
      placeAt(ctx, t + 2, Math.min(to, t + 2 + PLACE_REACH));
    if (!p) continue;
    out.push({
      ctx,
      sent,
      noun: nounFirst ? x.key : y.key,
      value: VALUES.get(nounFirst ? y.key : x.key)!,
      text: ctx.text.slice(x.start, y.end),
      ...p,
      date: statementDate(ctx, sent),
      voice: voiceOf(ctx, x.start),
    });
  }
  return out;
}

/** Across articles: one noun of one place given two ordinals on one day. */
export function findOrdinals(ctxs: ArticleCtx[], voiceOf: (c: ArticleCtx, o: number) => Voice): FoundPair[] {
  const byKey = new Map<string, OrdinalMention[]>();
  for (const ctx of ctxs) {
    const mine = mentionsOf(ctx, voiceOf);
    // an article that gives one noun and place two ordinals tells a sequence: it takes no side
    const values = new Map<string, Set<number>>();
    for (const m of mine) {
      const k = `${m.noun}|${m.place}`;
      values.set(k, (values.get(k) ?? new Set()).add(m.value));
    }
    for (const m of mine) {
      const k = `${m.noun}|${m.place}`;
      if (values.get(k)!.size > 1) continue;
      const l = byKey.get(k);
      if (l) l.push(m);
      else byKey.set(k, [m]);
    }
  }
  const out: FoundPair[] = [];
  for (const [key, list] of byKey) {
    const done = new Set<string>();
    for (const a of list) {
      for (const b of list) {
        if (out.length >= PER_KEY * byKey.size || a.value >= b.value || a.ctx === b.ctx) continue;
        if (sameDay(a.date?.slice(0, 10), b.date?.slice(0, 10)) === false) continue;
        const k = `${key}|${[a.ctx.id, b.ctx.id].sort().join('|')}`;
        if (done.has(k) || done.size >= PER_KEY) continue;
        done.add(k);
        out.push(ordinalFound(key, a, b));
      }
    }
  }
  return out;
}

const side = (m: OrdinalMention): Span & { by?: string } => ({
  ...sentenceSpan(m.ctx, m.sent),
  by: m.voice.by,
});

function ordinalFound(key: string, a: OrdinalMention, b: OrdinalMention): FoundPair {
  return {
    kind: 'numeric',
    a: side(a),
    b: side(b),
    question: [`ordinal|${key}`, `Which in order (${a.text} / ${b.text}, ${a.placeText})`],
    answers: [a.text, b.text],
    explanation:
      `Ordinals disagree for ${a.placeText}: ${a.voice.by} says "${a.text}", ${b.voice.by} says ` +
      `"${b.text}" on the same day.`,
  };
}
