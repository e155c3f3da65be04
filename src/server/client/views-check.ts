// The claim check: a form, then the verdict and every related article with the sentences behind its
// stance. Each sentence links to the article with that span marked, so a reader can check it.
import { api, type CheckResult, type Evidence } from './api.js';
import { A, arabic, bi, h, show } from './dom.js';

/** The claim form; on submit the route changes, so a check has its own address (#/check?claim=…). */
function checkForm(value = ''): HTMLElement {
  const input = h('textarea', {
    id: 'claim',
    name: 'claim',
    rows: '3',
    required: true,
    dir: 'auto',
    'aria-describedby': 'claim-hint',
  });
  input.value = value;
  const form = h(
    'form',
    { class: 'check field' },
    h('label', { for: 'claim' }, A('checkLabel')),
    input,
    h('p', { id: 'claim-hint', class: 'hint' }, A('checkHint')),
    h('button', { type: 'submit' }, A('checkButton')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const claim = input.value.trim();
    if (claim) location.hash = `#/check?claim=${encodeURIComponent(claim)}`;
  });
  return form;
}

/** A link to the article with the span marked (#/article/ID?at=START-END); a title span is the heading. */
const spanHref = (e: Evidence) =>
  `#/article/${encodeURIComponent(e.article)}${e.field === 'title' ? '' : `?at=${e.start}-${e.end}`}`;

function evidenceItem(e: Evidence): HTMLElement {
  return h(
    'li',
    {},
    h('a', { href: spanHref(e), class: 'evidence' }, arabic(e.text)),
    e.speaker ? h('span', { class: 'tag' }, ' · ', A('saidBy'), ' ', arabic(e.speaker.text)) : null,
  );
}

function articleItem(a: CheckResult['articles'][number]): HTMLElement {
  return h(
    'li',
    { class: `checked ${a.stance}`, 'data-stance': a.stance },
    h('h3', {}, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, arabic(a.title ?? a.id))),
    h(
      'p',
      { class: 'tag' },
      h('span', { class: 'stance' }, A(`stance_${a.stance}`)),
      ` ${a.score.toFixed(2)} · `,
      [a.outlet, a.published].filter(Boolean).join(' · '),
      ' · ',
      A('origin'),
      ' ',
      arabic(a.origin),
      a.copyOf ? h('span', {}, ' · ', A('copyOf'), ' ', h('bdi', {}, a.copyOf)) : null,
    ),
    a.rationale.length ? h('ul', { class: 'rationale' }, ...a.rationale.map(evidenceItem)) : null,
  );
}

/** The verdict in both languages: independent origins on each side, then the article counts. */
function verdictText(v: CheckResult['verdict']) {
  const n = v.articles;
  return bi({
    ar: `يؤيد الادعاءَ ${v.support} من المصادر المستقلة ويناقضه ${v.contradict} (مقالات تؤيد: ${n.agree}، تناقض: ${n.disagree}، تتناوله دون حسم: ${n.discuss})`,
    en: `${v.support} independent origin(s) support the claim, ${v.contradict} contradict it (articles agreeing: ${n.agree}, disagreeing: ${n.disagree}, discussing: ${n.discuss})`,
  });
}

export async function checkView(claim?: string): Promise<void> {
  if (!claim) {
    show(h('h1', {}, A('check')), checkForm());
    return;
  }
  const r = await api.check(claim);
  const strongest = r.verdict.strongestContradiction;
  show(
    h('h1', {}, A('check')),
    checkForm(claim),
    h(
      'section',
      { 'aria-labelledby': 'h-verdict' },
      h('h2', { id: 'h-verdict' }, A('verdict')),
      h('p', { class: 'verdict', role: 'status' }, verdictText(r.verdict)),
      h('p', { class: 'tag' }, `${r.searched} `, A('searched')),
      strongest
        ? h(
            'p',
            { class: 'strongest' },
            A('strongest'),
            ': ',
            h('a', { href: spanHref(strongest), class: 'evidence' }, arabic(strongest.text)),
          )
        : null,
    ),
    r.articles.length
      ? h('ol', { class: 'checked-articles' }, ...r.articles.map(articleItem))
      : h('p', { class: 'empty' }, A('noRelated')),
  );
}
