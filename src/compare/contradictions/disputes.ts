// Disputes: contradiction pairs grouped by the question they answer ("how many were killed", "who
// broke the truce"), each side with every statement and source that takes it. An editor reads one
// dispute per question instead of the same disagreement repeated pair by pair.
import type { Contradiction, Dispute, Span } from '../../contract.js';
import type { Statement } from '../statements/statement.js';
import { STATUS_LABEL } from '../statements/statement.js';
import { blameSubject } from '../statements/blame.js';
import { incidentKey, isToll } from './tolls.js';
import type { Found } from './pairing.js';

/** A numbered contradiction and, when a statement finder made it, the pair it came from. */
export interface NumberedPair {
  contradiction: Contradiction;
  found?: Found;
  /** a text finder's question and answers (control.ts, ordinal.ts) */
  question?: [string, string];
  answers?: [string, string];
}

interface Side {
  key: string;
  answer: string;
  low?: number;
  high?: number;
  /** the side that denies what the other states: never merged with a side that states it */
  denies?: boolean;
  statements: (Span & { by?: string })[];
}

/** Group contradictions into disputes: one per question, sides by the answer they give. */
export function groupDisputes(pairs: NumberedPair[]): Dispute[] {
  const byQuestion = new Map<
    string,
    { kind: Contradiction['kind']; question: string; pairs: NumberedPair[] }
  >();
  for (const p of pairs) {
    const [key, question] = questionOf(p);
    const entry = byQuestion.get(key) ?? { kind: p.contradiction.kind, question, pairs: [] };
    entry.pairs.push(p);
    byQuestion.set(key, entry);
  }
  return [...byQuestion.values()].map((q, i) => ({
    id: `d${i + 1}`,
    kind: q.kind,
    question: q.question,
    sides: sidesOf(q.pairs).map((s) => ({
      answer: s.answer,
      statements: s.statements,
      sources: [...new Set(s.statements.map((x) => x.by).filter((b): b is string => !!b))],
    })),
    contradictions: q.pairs.map((p) => p.contradiction.id),
  }));
}

/** The question a pair answers: its key (what is disputed) and how it reads. */
function questionOf(p: NumberedPair): [string, string] {
  const f = p.found;
  const c = p.contradiction;
  if (p.question) return p.question;
  // every denial of one passage answers one question: is that passage so
  if (!f) return [`${c.kind}|${c.a.article}@${c.a.start}`, `Is it so: "${clipped(c.a.text)}"`];
  const topic = f.a.topic ?? f.a.event?.topic;
  // a topic as readers read it, never an internal key ("act:<cue word>")
  const about = blameSubject(topic) ?? '';
  switch (c.kind) {
    case 'numeric':
      // copies of one text misprint several figures (a price, a volume): each figure is its own question
      if (f.figures === 'copies')
        return [
          `numeric|${incidentKey(f.a)}|${digitsOf(f.a)}`,
          `How many (${countedOf(f.a)}): ${f.a.span.text} or ${f.b.span.text}`,
        ];
      return [`numeric|${incidentKey(f.a)}`, `How many (${countedOf(f.a)})`];
    case 'blame':
      return [
        `blame|${f.a.blame?.group ?? f.a.key}`,
        `Who is to blame (${blameSubject(f.a.blame?.group) ?? (about || 'the act')})`,
      ];
    case 'status':
      return [`status|${topic ?? f.a.key}`, `What became of ${about || 'the event'}`];
    case 'place':
      return [`place|${topic ?? f.a.key}`, `Where to (${about || 'the place'})`];
    case 'time':
      return [`time|${topic ?? f.a.key}`, `When (${about || 'the event'})`];
    default:
      return [`${c.kind}|${f.a.key}`, c.explanation];
  }
}

/** Characters of a passage quoted in a question. */
const QUESTION_CHARS = 80;
const clipped = (t: string) => (t.length > QUESTION_CHARS ? `${t.slice(0, QUESTION_CHARS - 1)}…` : t);

/**
 * What a count counts, as a reader tells two disputes apart: its label's predicate, whose dead or
 * wounded they are, and whether only a part ("قتل; civilians", "إصابة; part"): the dead of
 * one side and the dead of the other are two questions that must not read the same.
 */
function countedOf(s: Statement): string {
  // a key reads "n|class|predicate": its class, never the internal key itself
  const what = inParens(s.label) ?? s.key.split('|')[1] ?? s.key;
  if (!s.quantity || !isToll(s)) return what;
  const i = s.quantity.incident;
  return [what, i.group, i.subset ? 'part' : undefined].filter(Boolean).join('; ');
}

/** A figure's digits in order of value ("1.952" and "952.1" alike): the figure two copies print. */
const digitsOf = (s: Statement) => [...(s.quantity?.text.match(/[0-9٠-٩]/g) ?? [])].sort().join('');

/** "15 ألفاً (خروج متوقع)" -> "خروج متوقع": what a count counts, as its label reads. */
function inParens(label: string): string | undefined {
  return /\(([^)]*)\)\s*$/.exec(label)?.[1];
}

/** How a denying side's answer reads: "نفي: ألفي مقاتل" (denial of what the other side states). */
const DENIED_PREFIX = 'نفي: ';

/** The sides of one question: statements grouped by answer; numbers by overlapping value ranges. */
function sidesOf(pairs: NumberedPair[]): Side[] {
  const sides: Side[] = [];
  const add = (
    s: Statement | undefined,
    span: Span & { by?: string },
    kind: Contradiction['kind'],
    denies = false,
  ) => {
    // a time dispute's answer is the time each side gives, which its statement's key does not hold
    const side = sideFor(sides, kind === 'time' ? undefined : s, span, denies);
    if (!side.statements.some((x) => x.article === span.article && x.start === span.start))
      side.statements.push(span);
  };
  for (const p of pairs) {
    if (p.answers) {
      answerSide(sides, p.answers[0], p.contradiction.a);
      answerSide(sides, p.answers[1], p.contradiction.b);
      continue;
    }
    add(p.found?.a, p.contradiction.a, p.contradiction.kind);
    // in a denial the second statement denies the first: it names the same figure, yet is the other side
    add(p.found?.b, p.contradiction.b, p.contradiction.kind, p.contradiction.kind === 'denial');
  }
  return sides;
}

/** A text finder's side: sides with one answer merge. */
function answerSide(sides: Side[], answer: string, span: Span & { by?: string }): void {
  const key = `answer|${answer}`;
  let side = sides.find((x) => x.key === key);
  if (!side) sides.push((side = { key, answer, statements: [] }));
  if (!side.statements.some((x) => x.article === span.article && x.start === span.start))
    side.statements.push(span);
}

/** The side a statement takes: an existing one with the same answer, else a new one. */
function sideFor(sides: Side[], s: Statement | undefined, span: Span, denies: boolean): Side {
  // a floor ("at least 27") answers its figure: "at least 20" and "at least 27" are two answers
  const q = s?.quantity && floorAsFigure(s.quantity);
  if (s && q) {
    const hit = sides.find(
      (x) => x.low !== undefined && !!x.denies === denies && x.low <= q.high && q.low <= x.high!,
    );
    if (hit) return hit;
    const side: Side = {
      key: `${denies ? 'denied|' : ''}${q.low}:${q.high}`,
      answer: denies ? `${DENIED_PREFIX}${s.span.text}` : s.span.text,
      low: q.low,
      high: q.high,
      denies,
      statements: [],
    };
    sides.push(side);
    return side;
  }
  // every passage that denies one claim takes one side: the denial
  const own = s ? answerKey(s) : denies ? 'passage' : `span|${span.article}|${span.start}`;
  const key = `${denies ? 'denied|' : ''}${own}`;
  let side = sides.find((x) => x.key === key);
  if (!side) {
    const answer = s ? answerOf(s) : span.text;
    side = { key, answer: denies ? `${DENIED_PREFIX}${answer}` : answer, denies, statements: [] };
    sides.push(side);
  }
  return side;
}

function floorAsFigure(q: { low: number; high: number }): { low: number; high: number } {
  return q.high === Infinity ? { low: q.low, high: q.low } : q;
}

function answerKey(s: Statement): string {
  if (s.blame) return `camp|${s.blame.camp}`;
  if (s.event) return `status|${s.event.status}`;
  if (s.place) return `place|${s.place.id}|${s.place.negated}`;
  return s.key;
}

function answerOf(s: Statement): string {
  if (s.event && !s.blame) return STATUS_LABEL.get(s.event.status) ?? s.label;
  return s.label;
}
