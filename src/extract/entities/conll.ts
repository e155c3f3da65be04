// CoNLL in, CoNLL out: one token per line (first column), blank line between sentences.
// Lone clitic tokens (NewsFANE style "ب غزة") are glued to their host before tagging and get
// their tags back after, so both segmented and plain news tokens work.
// Two modes: 'entities' (default) runs the whole entity finder (lexicons, patterns and the tagger,
// as sanad uses it) and writes its mentions as BIO; 'tagger' writes the statistical tagger alone.
import { findEntityMentions, type EntityMention } from './entities.js';
import { searchKey } from '../../text/arabic.js';
import { cliticCandidates } from '../ner/clitics.js';
import { lexicons, wordKeys } from '../ner/lexicon.js';
import { glueClitics, splitTag } from '../ner/newsfane.js';
import { shippedModel, tagWords, type LoadedModel } from '../ner/tagger.js';
import { ruleOn } from './rules.js';

export interface ConllOptions {
  mode?: 'entities' | 'tagger';
  model?: LoadedModel;
}

const COARSE: Record<string, string> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MEDIA: 'ORG', GROUP: 'ORG' };

// one word in the plural of a nisba (الحوثيين، الأكراد is not caught): the group's members, which
// NewsFANE-style gold tags MISC like nationalities; grammar, so in code
const COMMUNITY_PLURAL = /^[^ ]+ي(ين|ون)$/;

// "حركة" (movement) stays in a group's name in NewsFANE-style gold: حركة فتح، حركة طالبان
const MOVEMENT = searchKey('حركة');

/**
 * Length of an armed group's descriptor head before a name that stands alone ("تنظيم داعش",
 * "ميليشيات الحوثي"): CoNLL gold in the NewsFANE style tags the name only. 0 when there is none.
 */
function descriptorLength(m: EntityMention): number {
  if (m.type !== 'GROUP') return 0;
  const space = m.text.indexOf(' ');
  if (space < 0) return 0;
  const lex = lexicons();
  const head = cliticCandidates(m.text.slice(0, space)).find((c) => lex.orgHeads.get(c.key) === 'GROUP');
  if (!head) return 0;
  const rest = wordKeys(m.text.slice(space + 1));
  // a one-word name only ("تنظيم داعش" -> داعش): "تنظيم الدولة الإسلامية" is the name with its head,
  // as "حركة فتح" is (the words alone read as a description)
  if (rest.length !== 1 || head.key === MOVEMENT) return 0;
  const listed = lex.phrases.get(rest[0])?.some((p) => p.keys.length === 1);
  return listed ? space + 1 : 0;
}

/** BIO tags of words from the entity finder run over the words joined by spaces. */
function entityTags(words: string[], model?: LoadedModel): string[] {
  const text = words.join(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) {
    starts.push(pos);
    pos += w.length + 1;
  }
  const tags = words.map(() => 'O');
  for (const m of findEntityMentions(text, 'conll', undefined, model)) {
    if (m.type === 'GROUP' && COMMUNITY_PLURAL.test(m.text) && ruleOn('community-plural')) continue; // members, not a name (MISC)
    let first = true;
    const from = m.start + (ruleOn('descriptor') ? descriptorLength(m) : 0);
    words.forEach((w, k) => {
      if (starts[k] < m.end && from < starts[k] + w.length) {
        tags[k] = `${first ? 'B' : 'I'}-${COARSE[m.type]}`;
        first = false;
      }
    });
  }
  return tags;
}

/** `token<TAB>tag` per input token (BIO over PERS / LOC / ORG, and MISC in tagger mode), blank lines kept. */
export function tagConll(input: string, opts: ConllOptions = {}): string {
  const mode = opts.mode ?? 'entities';
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let sent: string[] = [];
  const flush = () => {
    if (!sent.length) return;
    const g = glueClitics(sent);
    const wordTags =
      mode === 'tagger' ? tagWords(g.words, opts.model ?? shippedModel()) : entityTags(g.words, opts.model);
    const tags: string[] = new Array(sent.length);
    g.groups.forEach((grp, k) =>
      splitTag(wordTags[k], grp, g.hosts[k]).forEach((t, j) => (tags[grp[j]] = t)),
    );
    sent.forEach((tok, i) => out.push(`${tok}\t${tags[i]}`));
    sent = [];
  };
  for (const raw of lines) {
    const tok =
      raw
        .replace(/\u200E/g, '')
        .trim()
        .split(/\s+/)[0] ?? '';
    if (!tok) {
      flush();
      out.push('');
    } else sent.push(tok);
  }
  flush();
  return `${out.join('\n')}\n`;
}
