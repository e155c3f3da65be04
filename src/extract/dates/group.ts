// Join neighbouring date atoms separated only by punctuation or connector words ('من', 'الموافق')
// into one expression with one span.
import { CONNECTORS, NIGHT_JOINERS, formKey } from './lexicon.js';
import type { Atom } from './atom-patterns.js';

export interface Group {
  start: number;
  end: number;
  atoms: Atom[];
}

const GAP_WORD = /[\p{L}\p{M}]+/gu;
const GAP_STOP = /[.!?؟\n«»")]/;
const NIGHT_PAIR = new RegExp(`^\\s*(?:[-–/]|${NIGHT_JOINERS})\\s*$`);
const MAX_GAP = 24;

/** True when the text between two atoms only holds punctuation and connector words. */
function joins(gap: string): boolean {
  if (gap.length > MAX_GAP || GAP_STOP.test(gap) || /\p{N}/u.test(gap)) return false;
  for (const w of gap.match(GAP_WORD) ?? []) if (!CONNECTORS.has(formKey(w))) return false;
  return true;
}

// Kinds a group holds at most once; a weekday may come twice only as a night pair.
const SLOT: Record<Atom['kind'], string> = {
  date: 'core',
  part: 'core',
  rel: 'rel',
  weekday: 'weekday',
  daypart: 'daypart',
  time: 'time',
};

function fits(group: Group, atom: Atom, gap: string): boolean {
  const last = group.atoms[group.atoms.length - 1];
  if (atom.kind === 'weekday' && last.kind === 'weekday') {
    // 'ليل الأربعاء-الخميس': the night between two days; without 'ليل' they are two dates.
    const night = group.atoms.some((a) => a.kind === 'daypart' && a.part === 'night');
    return night && group.atoms.filter((a) => a.kind === 'weekday').length === 1 && NIGHT_PAIR.test(gap);
  }
  if (!joins(gap)) return false;
  return !group.atoms.some((a) => SLOT[a.kind] === SLOT[atom.kind]);
}

const hasCore = (g: Group) =>
  g.atoms.some((a) => a.kind === 'date' || a.kind === 'part' || a.kind === 'rel' || a.kind === 'weekday');

const CLOSE_PAREN = /^\s*\)/;

/** 'اليوم (الاثنين)': a bracket opened inside the span is closed inside it too. */
function closeBracket(text: string, g: Group): void {
  const span = text.slice(g.start, g.end);
  if (span.split('(').length <= span.split(')').length) return;
  const m = CLOSE_PAREN.exec(text.slice(g.end, g.end + 4));
  if (m) g.end += m[0].length;
}

/** Join neighbouring atoms into date expressions; groups without a day (a lone time) are dropped. */
export function groupAtoms(text: string, atoms: Atom[]): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  const flush = (g: Group | undefined) => {
    if (!g || !hasCore(g)) return;
    closeBracket(text, g);
    out.push(g);
  };
  for (const a of atoms) {
    if (cur && fits(cur, a, text.slice(cur.end, a.start))) {
      cur.atoms.push(a);
      cur.end = a.end;
      continue;
    }
    flush(cur);
    cur = { start: a.start, end: a.end, atoms: [a] };
  }
  flush(cur);
  return out;
}
