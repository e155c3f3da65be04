// Papers an article credits by name ("وفقاً لصحيفة «اليوم»", "وذكرت صحيفة الوطن", "لما نقلته
// «الشرق الأوسط»"): its text relays that paper's report, so when that paper's own article is in
// the story the two are one origin. Only another outlet's name counts (a paper naming itself,
// "قال لـ«عكاظ»", is its own reporting), and only after a paper word or between quote marks: bare,
// most of these names are common words or places (اليوم "today", الرياض the capital).
import { readLexicon } from '../lexicon.js';
import { briefSchema } from '../lexicon-schemas.js';
import { QUOTE_CLOSERS } from '../text/segment.js';
import type { ArticleCtx } from './context/context.js';
import { matchKey } from './context/match.js';

const brief = readLexicon('brief', briefSchema);

interface PaperName {
  /** the outlet's Arabic name, as the site list gives it */
  name: string;
  /** keys of the name's words, without a leading paper word */
  keys: string[];
  /** the name itself holds a paper word ("صحيفة الجزيرة"): quotes alone name another outlet (the channel) */
  paperWordOnly: boolean;
}

const PAPER_WORDS = new Set(brief.paperWords.forms.map(matchKey));

const NAMES: PaperName[] = brief.outletSites.map((o) => {
  const words = o.name.split(/\s+/);
  const paperWordOnly = PAPER_WORDS.has(matchKey(words[0]));
  return { name: o.name, keys: (paperWordOnly ? words.slice(1) : words).map(matchKey), paperWordOnly };
});

/** Site codes and domains to outlet names ("alyaum", "alyaum.com" -> "اليوم"). */
const SITE_NAME = new Map(
  brief.outletSites.flatMap((o) => o.sites.map((s): [string, string] => [s, o.name])),
);

/** The outlet name of an article's outlet id (a site code, a domain or a name), if the site list knows it. */
export function paperName(outlet: string): string | undefined {
  const host = outlet.toLowerCase().replace(/^www\./, '');
  return SITE_NAME.get(host) ?? NAMES.find((n) => n.name === outlet)?.name;
}

const CLOSERS = new Set(Object.values(QUOTE_CLOSERS));

/** Names of other papers the article credits. */
export function papersCredited(ctx: ArticleCtx): Set<string> {
  const own = paperName(ctx.outlet);
  const out = new Set<string>();
  const t = ctx.tokens;
  for (let i = 0; i < t.length; i++)
    for (const n of NAMES) {
      if (n.name === own || out.has(n.name) || i + n.keys.length > t.length) continue;
      if (!n.keys.every((k, j) => t[i + j].key === k)) continue;
      const last = t[i + n.keys.length - 1];
      const afterPaperWord = i > 0 && t[i - 1].sent === t[i].sent && PAPER_WORDS.has(t[i - 1].key);
      const quoted =
        !n.paperWordOnly && ctx.text[t[i].start - 1] in QUOTE_CLOSERS && CLOSERS.has(ctx.text[last.end]);
      if (afterPaperWord || quoted) out.add(n.name);
    }
  return out;
}
