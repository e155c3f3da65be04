// Generators of hostile and broken input for the property tests: Arabic-heavy text built from the
// pieces the rules react to (cue verbs, quotation marks, number and month words, digits), the
// characters that break naive code (lone surrogates, bidi marks, tatweel, diacritics, NUL), and
// markup. FUZZ_RUNS sets the runs per property: small in the normal test run, large by script.
import fc from 'fast-check';

/** Runs per property: `FUZZ_RUNS=100000 npx vitest run test/fuzz` for the long budget. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** Seconds for the long budget; the short one stays under a few seconds a property. */
export const TIMEOUT_MS = Math.max(60_000, RUNS * 100);

const PIECES = [
  'قال',
  'وقال',
  'أضاف',
  'وأكد',
  'صرح',
  'نقلت',
  'عن',
  'مصدر',
  'الوزير',
  'وزير الخارجية',
  'المتحدث باسم',
  'إن',
  'أن',
  '«',
  '»',
  '"',
  ':',
  '،',
  '.',
  '؟',
  '\n',
  ' ',
  '  ',
  'ألف',
  'مليون',
  'عشرات',
  'ثلاثة',
  'نحو',
  'أكثر من',
  '١٥',
  '15',
  '3.5',
  '٢٠١٥',
  '2015',
  'يوليو',
  'تموز',
  'الخميس',
  'أمس',
  'شوال',
  'هـ',
  'م',
  '%',
  'قتيلا',
  'اتهم',
  'المصدر: وكالات',
  'ـــ',
  '\u064B',
  '\u0651',
  '\u200F',
  '\u202B',
  '\u200D',
  '\uFEFF',
  '\uD83D\uDE00',
  '\uD800',
  '\uDC00',
  '\0',
  '\r\n',
  'ﻻ',
  'ي',
  'ى',
  'ك',
  'ک',
  'x',
];

/** Text made of rule-triggering pieces and arbitrary characters. */
export const arabicText = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string() }),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

/** Markup around Arabic text: tags, attributes, entities, comments, unclosed and stray brackets. */
export const htmlText = fc
  .array(
    fc.oneof(
      arabicText,
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="a">',
        '</div>',
        '<br>',
        '<script>x<y</script>',
        '<!-- c -->',
        '<title>',
        '</title>',
        '<meta property="og:title" content="ع">',
        '&amp;',
        '&#1575;',
        '&#xFFFFFF;',
        '&lol;',
        '<',
        '>',
        '<![CDATA[',
        ']]>',
        '<item>',
        '</item>',
        '<description>',
        '</description>',
        '<rss version="2.0"><channel>',
        '</channel></rss>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '<entry>',
        '</entry>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Bytes of text in an encoding, then damaged: cut, spliced with noise, or raw noise. */
export const textBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .tuple(arabicText, fc.nat(), fc.uint8Array({ maxLength: 8 }), fc.boolean())
    .map(([text, at, noise, cp]) => {
      const good = cp ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
      const cut = at % (good.length + 1);
      return Buffer.concat([good.subarray(0, cut), Buffer.from(noise), good.subarray(cut)]);
    }),
);
