// A name followed at once by another name in brackets gives the second as the first's other form:
// "الاتحاد الدولي لكرة القدم (الفيفا)", "وكالة الأنباء الألمانية (د ب أ)". Only two bodies join
// this way: a place in brackets after a name says where it is, and an
// outlet in brackets after a body is a wire credit ("... مواقع الجيش (رويترز)"). A listed name of
// another type in brackets is an affiliation ("وزارة الصحة (حماس)"), not another form.
import type { EntityMention } from '../extract/entities/entities.js';

const OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;

/** Pairs of mention indexes [name, bracketed name] that the text writes as one referent's two forms. */
export function bracketedPairs(
  mentions: EntityMention[],
  texts: ReadonlyMap<string, string>,
  listed: (key: string) => boolean,
): [number, number][] {
  const byArticle = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const list = byArticle.get(m.article);
    if (list) list.push(i);
    else byArticle.set(m.article, [i]);
  });
  const pairs: [number, number][] = [];
  for (const [article, idx] of byArticle) {
    const text = texts.get(article);
    if (!text) continue;
    idx.sort((x, y) => mentions[x].start - mentions[y].start);
    for (let k = 0; k + 1 < idx.length; k++) {
      const a = mentions[idx[k]];
      const b = mentions[idx[k + 1]];
      if (!sameKind(a, b) || b.start - a.end > 4) continue;
      if (a.type !== b.type && listed(b.key)) continue;
      if (OPEN.test(text.slice(a.end, b.start)) && CLOSE.test(text.slice(b.end, b.end + 3)))
        pairs.push([idx[k], idx[k + 1]]);
    }
  }
  return pairs;
}

/** Two bodies, both outlets or neither. Persons never: a nickname in brackets after a name cut short
 * ("سناء محمد بن لادن (ماما سوسو)" read as "محمد بن لادن") would go to another person, the father. */
function sameKind(a: EntityMention, b: EntityMention): boolean {
  const body = (m: EntityMention) => m.type !== 'LOC' && m.type !== 'PER';
  return body(a) && body(b) && (a.type === 'MEDIA') === (b.type === 'MEDIA');
}
