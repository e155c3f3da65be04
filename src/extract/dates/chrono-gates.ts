// chrono's casual Arabic configuration with each parser behind a gate: a parser runs on a window
// only when the window holds a word (or a digit) without which its pattern cannot match. Each of
// the twelve patterns is a large alternation compiled by the regex engine the first time it runs
// (~40 ms at a cold start for all twelve) and run again on every window; most windows ('قبل يومين')
// can only match one or two of them. A parser whose pattern cannot match adds no result, so the
// results, refined as before by the same refiners, are the same as the ungated configuration's
// (chrono-gates.test.ts checks both on many windows). The words are read off chrono-node 2.10's
// Arabic patterns; a parser not listed here runs ungated.
// A window that holds no letter with case (UNCASED: Arabic, digits, spaces, punctuation) runs each
// pattern without its `i` flag: case folding cannot change a match when no character of the text
// folds with any other, and V8 compiles a large Arabic alternation in about half the time without
// it (the three or four compiled on a cold `sanad analyze` took about a tenth of its CPU).
import type * as ChronoAr from 'chrono-node/ar';

type Chrono = typeof ChronoAr;
type Parser = ReturnType<Chrono['createCasualConfiguration']>['parsers'][number];

/** Any ASCII or Arabic-Indic digit: the time, ISO and slash patterns all need one. */
const DIGIT = /[0-9\u0660-\u0669]/;
const ASCII_DIGIT = /[0-9]/;

// chrono's month names (constants.MONTH_DICTIONARY): every longer name holds one of these
const MONTHS = [
  'كانون',
  'تشرين',
  'فبراير',
  'سبتمبر',
  'أكتوبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'حزيران',
  'يناير',
  'أبريل',
  'ابريل',
  'يونيو',
  'يوليو',
  'أغسطس',
  'اغسطس',
  'نيسان',
  'أيلول',
  'ايلول',
  'مارس',
  'مايو',
  'شباط',
  'آذار',
  'اذار',
  'أيار',
  'ايار',
  'تموز',
  'آب',
  'اب',
];

/**
 * What each parser's pattern cannot match without, by class name: one of the words, or a digit.
 * Every alternative of the pattern holds one of the words as written (Arabic has no letter case,
 * so the patterns' `i` flag matches nothing else).
 */
const NEEDS: Record<string, string[] | RegExp> = {
  // (الشهر|الاسبوع|الأسبوع|العام|السنة), then an optional modifier
  ARRelativeDateFormatParser: ['الشهر', 'الاسبوع', 'الأسبوع', 'العام', 'السنة'],
  // a month name is the one group not optional
  ARMonthNameParser: MONTHS,
  ARMonthNameLittleEndianParser: MONTHS,
  // 'مساء أمس', 'ليلة البارحة', 'الليلة الماضية', 'منتصف النهار', 'هذا الصباح', 'بعد الظهر', 'عصرا' ...
  ARCasualTimeParser: ['مساء', 'أمس', 'امس', 'البارحة', 'ليل', 'منتصف', 'صباح', 'ظهر', 'عصر'],
  // 'الآن', 'حاليا', 'اليوم', 'أول أمس', 'قبل امس', 'البارحة', 'بعد غد', 'بعد بكرة', 'غدا', 'بكرة'
  ARCasualDateParser: ['الآن', 'الان', 'حالي', 'اليوم', 'أمس', 'امس', 'البارحة', 'غد', 'بكر'],
  // (في خلال|في غضون|في ظرف|خلال) before the units
  ARTimeUnitWithinFormatParser: ['خلال', 'غضون', 'ظرف'],
  // (منذ|قبل) before the units, or (مضت|سابقاً) after them
  ARTimeUnitAgoFormatParser: ['منذ', 'قبل', 'مضت', 'سابق'],
  // (بعد) before the units, or (من الآن|لاحقاً) after them
  ARTimeUnitLaterFormatParser: ['بعد', 'الآن', 'لاحق'],
  // a weekday name (every form with ال holds the bare one)
  ARWeekdayParser: ['ثلاثاء', 'أربعاء', 'اربعاء', 'إثنين', 'اثنين', 'خميس', 'جمعة', 'أحد', 'احد', 'سبت'],
  // ([0-9٠-٩]{1,4}) is the hour
  ARTimeExpressionParser: DIGIT,
  // ([0-9]{4})-... and ([0-3]?[0-9])[/.-]...
  ISOFormatParser: ASCII_DIGIT,
  SlashDateFormatParser: ASCII_DIGIT,
};

/** A pattern that matches nothing, for a parser whose gate stays shut. */
const NOTHING = /(?!)/;

/**
 * Only characters that no other character case-folds with (checked against every code point by
 * chrono-gates.test.ts): ASCII and Latin-1 less their letters and µ, the Arabic blocks and their
 * presentation forms, general punctuation. On such a text a pattern matches the same with or
 * without `i` (a literal or a class matches a character whose only case variant is itself), and
 * chrono's sub-windows are slices of it.
 */
export const UNCASED =
  /^[\u0000-\u0040\u005b-\u0060\u007b-\u00b4\u00b6-\u00bf\u00d7\u00f7\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]*$/;

/** The parser's /iu pattern without its `i` flag for a text without case, compiled once per pattern. */
function caselessOf(parser: Parser): Parser['pattern'] {
  let from: RegExp | undefined;
  let caseless: RegExp | undefined;
  return (context) => {
    const re = parser.pattern(context);
    // /iu folds by Unicode's simple case folding, which the test of UNCASED checks against; /i
    // alone (chrono's two small digit patterns) folds otherwise, and stays as it is
    if (!re.unicode || !re.ignoreCase || !UNCASED.test(context.text)) return re;
    if (re !== from) {
      from = re;
      caseless = new RegExp(re.source, re.flags.replace('i', ''));
    }
    return caseless!;
  };
}

function gate(parser: Parser): Parser {
  const needs = NEEDS[parser.constructor.name];
  const pattern = caselessOf(parser);
  const open = !needs
    ? () => true
    : Array.isArray(needs)
      ? (text: string) => needs.some((w) => text.includes(w))
      : (text: string) => needs.test(text);
  return {
    pattern: (context) => (open(context.text) ? pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** chrono's casual Arabic parser with its parsers gated (see above); the refiners as they are. */
export function gatedCasual(chrono: Chrono): InstanceType<Chrono['Chrono']> {
  const config = chrono.createCasualConfiguration();
  return new chrono.Chrono({ parsers: config.parsers.map(gate), refiners: config.refiners });
}

/** The class names gated, for the test that pins them to chrono's configuration. */
export const GATED = Object.keys(NEEDS);
