// The first screen of the Markdown digest: a brief an editor reads before the detail. Per story:
// the lead, the disputes (each side with who takes it, through whom, in which outlet), a table of
// the numbers of each incident (every outlet's figure, who gave it and when), who said what through
// whom, and the sources by outlet and headline. No file ids and no offsets here: the per-article
// detail after the brief keeps them.
import type { Analysis, Claim, Span } from '../contract.js';
import { readableNamer, sourceName } from '../compare/brief/sources.js';
import { noneCounted, voiceNote, voicesSummary } from '../compare/claims/voice-groups.js';
import { DURATION_LABEL } from '../compare/statements/incident.js';

type Namer = (name: string) => string;

/** Characters of a lead or dispute answer shown; a figure's cell; a quotation. */
const LINE_CHARS = 400;
const ANSWER_CHARS = 110;
const QUOTE_CHARS = 140;
/** Disputes shown in the brief: the ones with the most pairs; the rest are in the detail. */
const MAX_DISPUTES = 5;
/** Voices named for a side before "and N more". */
const MAX_SIDE_VOICES = 3;
/** Incidents in the numbers table, the most reported first, and rows in each. */
const MAX_INCIDENTS = 4;
const MAX_ROWS_PER_INCIDENT = 6;
/** Speakers in "who said what": the most quoted first. */
const MAX_SPEAKERS = 8;
/** Other single-origin or agreed points shown after the lead. */
const MAX_POINTS = 4;
/** Claims whose voices are explained, and origins named under each before "and N more". */
const MAX_VOICE_CLAIMS = 5;
const MAX_ORIGINS_SHOWN = 4;

const one = (t: string, n: number) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
};
const cellOf = (t: string, n: number) => one(t, n).replace(/\|/g, '\\|');
const section = (heading: string, lines: string[]) => (lines.length ? [heading, '', ...lines, ''] : []);

interface StoryView {
  id?: string;
  title?: string;
  articles: Set<string>;
}

/** The stories of the analysis, or the whole input as one story. */
function storiesOf(a: Analysis): StoryView[] {
  if (a.stories && a.stories.length > 1)
    return a.stories.map((s) => ({ id: s.id, title: s.title, articles: new Set(s.articles) }));
  return [{ articles: new Set(a.articles.map((x) => x.id)) }];
}

const inStory = (s: StoryView, x: { story?: string }) => !s.id || x.story === s.id;

export function renderBrief(a: Analysis): string[] {
  const name = readableNamer(a.articles);
  const stories = storiesOf(a);
  const out: string[] = ['## Brief', ''];
  for (const s of stories) {
    if (s.id) out.push(`### ${s.title ? one(sourceTitle(a, s), ANSWER_CHARS) : s.id}`, '');
    out.push(
      ...lead(a, s),
      ...disputes(a, s, name),
      ...numbers(a, s, name),
      ...whoSaid(a, s, name),
      ...points(a, s),
      ...voices(a, s, name),
      ...sources(a, s),
    );
  }
  return out;
}

/** A story's title as a reader knows it: the title of its first article with one, else its id. */
function sourceTitle(a: Analysis, s: StoryView): string {
  const first = a.articles.find((x) => s.articles.has(x.id));
  return first ? sourceName(first).headline : (s.title ?? '');
}

/** Who said a passage, through whom, in which outlet: "speaker (outlet)" or the outlet alone. */
function whoOf(x: Span & { by?: string }, name: Namer): string {
  const outlet = name(x.article);
  const by = x.by ? name(x.by) : undefined;
  return by && by !== outlet ? `${by} (${outlet})` : outlet;
}

function lead(a: Analysis, s: StoryView): string[] {
  const items = a.summary.filter((x) => x.kind === 'lead' && inStory(s, x));
  if (!items.length) return [];
  // the lead's text already ends with its credits in parentheses
  return ['**Lead.** ' + items.map((x) => one(x.text, LINE_CHARS)).join(' '), ''];
}

function disputes(a: Analysis, s: StoryView, name: Namer): string[] {
  const list = a.disputes
    .filter((d) => inStory(s, d))
    .sort((p, q) => q.contradictions.length - p.contradictions.length)
    .slice(0, MAX_DISPUTES);
  const lines = list.map((d) => {
    const sides = d.sides.map((side) => {
      const who = [...new Set(side.statements.map((x) => whoOf(x, name)))];
      const more = who.length > MAX_SIDE_VOICES ? ` +${who.length - MAX_SIDE_VOICES}` : '';
      return `«${one(side.answer, ANSWER_CHARS)}» — ${who.slice(0, MAX_SIDE_VOICES).join('؛ ')}${more}`;
    });
    return `- **${d.question}**: ${sides.join(' **vs** ')}`;
  });
  const rest = a.disputes.filter((d) => inStory(s, d)).length - list.length;
  if (rest > 0) lines.push(`- … and ${rest} more in "Disputes" below`);
  return section('**Disputes**', lines);
}

/** The day a statement was published, from its article. */
function dayOf(a: Analysis, article: string): string {
  return a.articles.find((x) => x.id === article)?.published ?? '';
}

/** What an incident's numbers count: the claim's words in parentheses ("(قتل)"), if it names one. */
const COUNTED = /\(([^)]*)\)\s*$/;
function incidentName(c: Claim): string {
  return COUNTED.exec(c.text)?.[1] ?? c.text;
}

/**
 * One block of rows per incident (a quantity claim: one count of one event), each outlet's figure
 * with who gave it and the day it was published, in order of publication, so a rising toll reads as
 * its sequence.
 */
function numbers(a: Analysis, s: StoryView, name: Namer): string[] {
  const incidents = a.claims
    // a count of an event (the dead, the wounded, the evacuated), not a distance or a duration
    .filter((c) => c.kind === 'quantity' && COUNTED.test(c.text) && inStory(s, c))
    // "خلال 24 ساعة" is the window a figure covers, not a figure of the story; a disputed one is
    // under Disputes already
    .filter((c) => incidentName(c) !== DURATION_LABEL)
    .filter((c) => new Set(c.statements.map((x) => x.span.article)).size > 1)
    .sort((p, q) => q.statements.length - p.statements.length)
    .slice(0, MAX_INCIDENTS);
  const rows = incidents.flatMap((c, i) => {
    const seen = new Set<string>();
    const stated = c.statements
      .map((x) => ({ ...x, day: dayOf(a, x.span.article) }))
      .sort((p, q) => p.day.localeCompare(q.day))
      .filter((x) => {
        const k = `${name(x.span.article)}|${x.span.text}`;
        return !seen.has(k) && !!seen.add(k);
      });
    const shown = stated
      .slice(0, MAX_ROWS_PER_INCIDENT)
      .map(
        (x, k) =>
          `| ${k ? '' : `${i + 1}. ${cellOf(incidentName(c), ANSWER_CHARS)} (${c.status})`} | ${cellOf(x.span.text, ANSWER_CHARS)} | ${cellOf(name(x.span.article), ANSWER_CHARS)} | ${x.by && name(x.by) !== name(x.span.article) ? cellOf(name(x.by), ANSWER_CHARS) : ''} | ${x.day} |`,
      );
    if (stated.length > shown.length) shown.push(`| | … ${stated.length - shown.length} more | | | |`);
    return shown;
  });
  if (!rows.length) return [];
  return [
    '**Numbers by incident**',
    '',
    '| incident | figure | outlet | said by | published |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

/** The most quoted speakers: what each said (the first quotation), through whom, in which outlets. */
function whoSaid(a: Analysis, s: StoryView, name: Namer): string[] {
  const bySpeaker = new Map<string, Analysis['quotes']>();
  for (const q of a.quotes) {
    if (!s.articles.has(q.article) || q.speaker.kind === 'anonymous') continue;
    const k = q.speaker.entity ?? q.speaker.text;
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), q]);
  }
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]));
  const lines = [...bySpeaker.values()]
    .sort((p, q) => q.length - p.length)
    .slice(0, MAX_SPEAKERS)
    .map((qs) => {
      const q = qs[0];
      const who = q.speaker.entity ? (entityName.get(q.speaker.entity) ?? q.speaker.text) : q.speaker.text;
      const outletNames = [...new Set(qs.map((x) => name(x.article)))];
      // said to the outlet itself ("قال لـ«الشرق الأوسط»") is no relay
      const relays = [...(q.via ?? []), ...(q.channel ? [q.channel] : [])]
        .map((r) => r.text)
        .filter((r) => !outletNames.some((o) => r.includes(o)));
      const outlets = outletNames.join('، ');
      const chain = relays.length ? ` → ${relays.join(' → ')}` : '';
      return `- **${who}**${chain} → ${outlets}: «${one(q.content.text, QUOTE_CHARS)}»${qs.length > 1 ? ` (+${qs.length - 1})` : ''}`;
    });
  return section('**Who said what, through whom**', lines);
}

/** Agreed facts and single-origin reports of the summary, after the lead and disputes; each names its voices. */
function points(a: Analysis, s: StoryView): string[] {
  const items = a.summary.filter((x) => (x.kind === 'agreed' || x.kind === 'single-source') && inStory(s, x));
  const lines = items
    .slice(0, MAX_POINTS)
    .map((x) => `- ${x.kind === 'agreed' ? '' : '_one origin_: '}${one(x.text, LINE_CHARS)}`);
  return section('**Also reported**', lines);
}

/**
 * Why claims count the voices they do: each origin with what carried it and why its copies were
 * folded into one ("AFP, carried by five outlets (...): copies of one agency's credited text").
 * Claims whose outlets outnumber their voices first (the folding is the news), then corroborated
 * ones, most outlets first.
 */
function voices(a: Analysis, s: StoryView, name: Namer): string[] {
  // outlets beyond the voices counted: copies folded, or origins that confirm nothing
  const folded = (c: Claim) => c.outlets.length - (c.voices ?? 1);
  const explained = (c: Claim) =>
    c.status === 'corroborated' || c.outlets.length > (c.voices ?? 1) || (c.voiceGroups?.length ?? 0) > 1;
  const list = a.claims
    .filter((c) => inStory(s, c) && c.voiceGroups?.length && explained(c))
    .sort(
      (p, q) =>
        folded(q) - folded(p) ||
        Number(q.status === 'corroborated') - Number(p.status === 'corroborated') ||
        q.outlets.length - p.outlets.length,
    )
    .slice(0, MAX_VOICE_CLAIMS);
  const lines = list.flatMap((c) => {
    const groups = c.voiceGroups!;
    const more =
      groups.length > MAX_ORIGINS_SHOWN ? [`  - … and ${groups.length - MAX_ORIGINS_SHOWN} more`] : [];
    return [
      `- «${one(c.text, ANSWER_CHARS)}» (${c.status}): ${voicesSummary(c)}`,
      ...groups
        .slice(0, MAX_ORIGINS_SHOWN)
        .map((g) => `  - ${one(voiceNote(g, name, noneCounted(c) ? 'none' : 'short'), LINE_CHARS)}`),
      ...more,
    ];
  });
  return section('**Voices: who confirms what**', lines);
}

function sources(a: Analysis, s: StoryView): string[] {
  const lines = a.articles
    .filter((x) => s.articles.has(x.id))
    .map((x) => `- ${sourceName(x).label}${x.published ? ` (${x.published})` : ''}`);
  return section('**Sources**', lines);
}
