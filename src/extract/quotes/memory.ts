// The article's speakers so far, and how a back-reference (وأضاف، المصدر ذاته، الوكالة) or a bare
// title (عضو الائتلاف) resolves to one of them.
import { searchKey } from '../../text/arabic.js';
import { lite, stripRole, type Lite, type Speaker } from './draft.js';
import { phraseKey } from './gap.js';
import { classifySpeaker } from './speakers.js';
import { backRefs, citedSpeakers, headInfo, reporterNouns, type SpeakerKind, type Tok } from './words.js';

export interface Mention {
  span: Lite;
  kind: SpeakerKind;
  role?: string;
  /** gender of the verb it was subject of; null when unknown (a relayed source) */
  fem: boolean | null;
  reporter: boolean;
}

/** What the quotation reader carries from sentence to sentence of one article. */
export interface State {
  text: string;
  speakers: Mention[];
  media: Mention[];
  /** index of the sentence being read, and of the last one that held a quote */
  sentence: number;
  lastQuoted: number;
  /** the sentence before the one being read, for a sentence that is only an attribution */
  previous?: [number, number];
}

/**
 * How many of the last speakers a continuation with no subject (وأضاف، وأضافت) searches for one of
 * its verb's gender before taking the very last: more finds a speaker further back, but risks
 * reviving one the article has moved on from.
 */
const CONTINUATION_LOOKBACK = 3;

/** Speaker from tokens [a, b): a back-reference is resolved to the earlier mention. */
export function speakerOf(
  st: State,
  toks: Tok[],
  a: number,
  b: number,
  fem: boolean | null,
  register = true,
): Speaker {
  const key = phraseKey(toks, a, b);
  const target = backRefs.get(key);
  if (target) {
    const m = antecedent(st, target);
    if (m) return resolved(m);
  }
  const read = classifySpeaker(toks, a, b);
  if (read.kind !== 'named' && headInfo(toks[a])?.role && toks[a].al === false) {
    // "عضو الائتلاف" after "سمير نشار، عضو الائتلاف الوطني": the title points back at the person
    const m = byRole(st, key);
    if (m) return resolved(m);
  }
  const span = lite(st.text, toks[a].start, toks[b - 1].end);
  const sp: Speaker = { ...span, kind: read.kind, role: read.role };
  if (register) remember(st, sp, fem, reporterNouns.has(toks[a].base));
  return sp;
}

function byRole(st: State, key: string): Mention | undefined {
  for (let i = st.speakers.length - 1; i >= 0; i--) {
    const m = st.speakers[i];
    if (m.kind === 'named' && m.role && roleKey(m.role).startsWith(key)) return m;
  }
  return undefined;
}
const roleKeys = new Map<string, string>();
function roleKey(role: string): string {
  let k = roleKeys.get(role);
  if (k === undefined) {
    k = role.split(/\s+/).map(searchKey).join(' ');
    roleKeys.set(role, k);
  }
  return k;
}

function remember(st: State, sp: Speaker, fem: boolean | null, reporter: boolean): void {
  const m: Mention = {
    span: { start: sp.start, end: sp.end, text: sp.text },
    kind: sp.kind,
    role: sp.role,
    fem,
    reporter,
  };
  // "قال الله تعالى": a cited speaker is quoted by the one who speaks, never his antecedent
  if (citedSpeakers.has(searchKey(sp.text.split(/\s+/)[0]))) return;
  st.speakers.push(m);
  if (sp.kind === 'media' && !reporter) st.media.push(m);
}

function antecedent(st: State, target: string): Mention | undefined {
  const list = target === 'media' ? st.media : st.speakers;
  const ok = (m: Mention) =>
    target === 'media'
      ? true
      : target === 'reporter'
        ? m.reporter
        : target === 'anonymous'
          ? m.kind === 'anonymous'
          : target === 'source'
            ? m.kind === 'official' || m.kind === 'anonymous'
            : target === 'named'
              ? m.kind === 'named' || m.kind === 'official'
              : target === 'any'
                ? true
                : m.kind === target;
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i])) return list[i];
  return undefined;
}

/** The speaker of a continuation with no subject: the last speaker, preferring one of the same gender. */
export function continuationSpeaker(st: State, fem: boolean): Mention | undefined {
  const sp = st.speakers;
  for (let i = sp.length - 1; i >= 0 && i >= sp.length - CONTINUATION_LOOKBACK; i--)
    if (sp[i].fem === fem) return sp[i];
  return sp[sp.length - 1];
}

export function resolved(m: Mention): Speaker {
  return { ...m.span, kind: m.kind, role: m.role, resolvedFrom: m.span };
}

export function asMention(sp: Speaker, fem: boolean): Mention {
  return { span: stripRole(sp), kind: sp.kind, fem, reporter: false };
}
