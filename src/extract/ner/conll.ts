// CoNLL in, CoNLL out: one token per line (first column), blank line between sentences.
// Lone clitic tokens (NewsFANE style "ب غزة") are glued to their host before tagging and get
// their tags back after, so both segmented and plain news tokens work.
import { glueClitics, splitTag } from './newsfane.js';
import { shippedModel, tagWords, type LoadedModel } from './tagger.js';

/** `token<TAB>tag` per input token (BIO over PERS / LOC / ORG / MISC), blank lines kept. */
export function tagConll(input: string, model: LoadedModel = shippedModel()): string {
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let sent: string[] = [];
  const flush = () => {
    if (!sent.length) return;
    const g = glueClitics(sent);
    const wordTags = tagWords(g.words, model);
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
