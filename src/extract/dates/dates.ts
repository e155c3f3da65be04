// Dates and times in Arabic news: "الأربعاء 14 ديسمبر/كانون الأول", "أمس الجمعة", "مساء الثلاثاء",
// "ليل الأربعاء-الخميس", "منتصف شهر نوفمبر", "الساعة السادسة من صباح اليوم", "15 ربيع الأول 1438 هـ",
// "10:30 م", "الليلة"; a day range ("14 و15 ديسمبر", "14-16 ديسمبر") gives one mention per day written.
// The text is expected from the normaliser, which has removed tatweel; the lexicon scan does not
// skip it (the chrono windows do, with diacritics inside words).
// Atoms are found by one regex built from lexicons (dates-scan.ts); here each joined expression
// gets its value. Relative forms resolve against the publication date; without one they are skipped
// and listed in one DATE_UNRESOLVED warning, since a guessed day would look like evidence.
//
// Two engines, chosen by measurement (SaudiNewsNet 2015-07-21, 2,888 articles, per 2,000 chars):
// the lexicon scan is primary (~0.11-0.14 ms) and chrono-node's Arabic parsers add the counted
// forms it lacks ('قبل ثلاثة أيام', 'منذ يومين', 'بعد أسبوع', 'خلال يومين', 'الأسبوع الماضي'),
// run on short windows behind a trigger regex (~0.03 ms; dates-chrono.ts); spans are merged, the
// longer winning. One chrono engine for everything was the other way: its casual Arabic set alone
// costs ~0.6 ms on whole articles and knows neither Levantine/Maghreb months, Hijri dates, 'ليل
// الأربعاء-الخميس', unknown years nor weekday checks, so each would come back as a custom parser.
// The drafts are made in drafts.ts and checked in weekdays.ts.
import type { DateDraft, Warning } from '../../contract.js';
import { findCountedDays } from './chrono.js';
import { groupAtoms, mayHoldDate, scanAtoms, type Group } from './scan.js';
import { namesOutlet } from './credit.js';
import { iso, pad } from './calendar.js';
import { counted, draft, mergeBySpan, type Draft, type FindDatesOptions, type Reference } from './drafts.js';
import { dayFromText, guessYear, mismatch, referenceOf, weekdayWarning } from './weekdays.js';

export type { FindDatesOptions, Reference } from './drafts.js';

/** Date mentions in one article, with warnings for weekday mismatches and unresolvable forms. */
export function findDates(text: string, article: string, opts: FindDatesOptions = {}): FoundDates {
  return datesOf(text, article, opts, lexicalGroups(text));
}

/** The date expressions the lexicon scan finds, less outlet names: the same for any publication day. */
function lexicalGroups(text: string): Group[] {
  const groups = mayHoldDate(text) ? groupAtoms(text, scanAtoms(text)) : [];
  return groups.filter((g) => !namesOutlet(text, g));
}

/** findDates on the groups of lexicalGroups (scanned once when the day is moved: see redated). */
function datesOf(text: string, article: string, opts: FindDatesOptions, groups: Group[]): FoundDates {
  const dates: DateDraft[] = [];
  const warnings: Warning[] = [];
  const parsed = opts.published ? Date.parse(`${opts.published}T00:00:00Z`) : undefined;
  const pub = Number.isNaN(parsed) ? undefined : parsed;
  const lexical = groups.map((g) => draft(g, pub));
  const drafts = mergeBySpan(
    lexical,
    findCountedDays(text, pub).map((c) => counted(c, pub)),
  );
  const textDay = pub === undefined || opts.fromText ? undefined : dayFromText(drafts, pub);
  if (textDay !== undefined) return redated(text, article, opts, textDay, groups);
  const yearHint = pub === undefined ? guessYear(drafts) : undefined;
  const unresolved: string[] = [];
  for (const d of drafts) {
    const span = text.slice(d.group.start, d.group.end);
    if (d.invalid) {
      warnings.push({ article, code: 'DATE_INVALID', message: `"${span}": ${d.invalid}` });
      continue;
    }
    if (d.unresolved || (d.ms === undefined && d.month === undefined)) {
      unresolved.push(span);
      continue;
    }
    const m = mentionOf(d, article, span, opts);
    const bad = mismatch(d, yearHint, pub);
    if (bad) {
      m.weekdayMismatch = true;
      warnings.push(weekdayWarning(d, article, span, bad, opts));
    }
    dates.push(m);
  }
  if (unresolved.length) {
    const list = unresolved.map((s) => `"${s}"`).join(', ');
    warnings.push({
      article,
      code: 'DATE_UNRESOLVED',
      message: `${unresolved.length} date(s) need a publication date to resolve: ${list}`,
    });
  }
  const reference = pub === undefined ? referenceOf(drafts, yearHint) : undefined;
  return { dates, warnings, ...(reference ? { reference } : {}) };
}

/** What findDates returns; `published`: the publication day the text fixed against the record's. */
export interface FoundDates {
  dates: DateDraft[];
  warnings: Warning[];
  reference?: Reference;
  published?: string;
}

/** The dates again from the day the text fixed, with a warning that says the record's date lost. */
function redated(
  text: string,
  article: string,
  opts: FindDatesOptions,
  day: number,
  groups: Group[],
): FoundDates {
  const published = iso(day);
  const found = datesOf(text, article, { ...opts, published, fromText: true }, groups);
  found.warnings.unshift({
    article,
    code: 'PUBLISHED_FROM_TEXT',
    message: `the record's date ${opts.published} contradicts the weekday the text names; dates resolved against ${published}, the day the text fixes`,
  });
  return { ...found, published };
}

/** A resolved draft as a date mention: a full date, a yearless "-MM-DD" when the year is a guess, or "--MM-DD". */
function mentionOf(d: Draft, article: string, span: string, opts: FindDatesOptions): DateDraft {
  const m: DateDraft = {
    article,
    start: d.group.start,
    end: d.group.end,
    text: span,
    value:
      d.ms !== undefined
        ? opts.yearKnown === false && !d.yearGiven
          ? `-${iso(d.ms).slice(4)}`
          : iso(d.ms)
        : `--${pad(d.month!)}-${pad(d.day!)}`,
  };
  if (d.time) m.time = d.time;
  if (d.hijri) m.calendar = 'hijri';
  if (d.relative) m.relative = true;
  return m;
}

/**
 * A guess at the publication date of an article without metadata: the latest full date (year,
 * month and day, not relative) it mentions. News rarely names a day after its own, so the latest
 * is the best single guess; the caller must mark it as inferred.
 */
export function inferPublished(dates: DateDraft[]): string | undefined {
  let best: string | undefined;
  for (const d of dates)
    if (!d.relative && /^\d{4}-/.test(d.value) && (!best || d.value > best)) best = d.value;
  return best;
}
