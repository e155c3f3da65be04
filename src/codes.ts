// Every code sanad prints, in one place: warnings (kept in the JSON, the input still used), input
// problems (one input skipped, the run goes on) and errors (the command stops). A user who sees
// `[ENCODING_GUESSED]` can look it up here or in docs/codes.md, which `npm run codes` writes from
// this table. The contract's `code` fields are enums of these names, so a new code must land here.
import { z } from 'zod';

export const WARNING_CODES = {
  ENCODING_GUESSED:
    'the file had no BOM or declared charset; the encoding named in the message was chosen by its evidence',
  REPLACED_BYTES:
    'some bytes were not valid in the chosen encoding and became U+FFFD; the count is in the message',
  DUPLICATE_ID: 'two inputs had the same article id; the later one was renamed with a ~N suffix',
  NOT_ARABIC:
    'less than 30% of the letters are Arabic; the text is kept as is, but the Arabic rules will find little',
  EMPTY_AFTER_CLEANING:
    'every line of the article was boilerplate, so its text is empty; the removed blocks are listed',
  BOILERPLATE_HEAVY:
    'a large share of the text was removed as boilerplate (the share is in the message); check the removed blocks',
  HTML_EXTRACTION_FAILED:
    'the main-text extractor failed on an HTML page; the visible text of the whole page was used instead',
  HTML_TOO_DEEP:
    'an HTML page nests its elements deeper, or holds more character references (&amp;), than the limit in the message; its visible text was read without the main-text extractor',
  MIXED_ENCODING:
    'a file mixes UTF-8 lines with Windows-1256 lines; each line was read in its own encoding, the counts are in the message',
  PUBLISHED_INFERRED:
    'no publication date was given; relative dates were resolved against the latest date the text names',
  DATE_UNRESOLVED: 'relative dates ("أمس", a bare weekday) could not be resolved without a publication date',
  DATE_INVALID:
    'a written date does not exist in the calendar (31 April) or cannot be converted; it was skipped',
  PUBLISHED_FROM_TEXT:
    "the record's date contradicts the weekday the text names with 'today' or 'yesterday' (اليوم الاثنين, or a date written beside it); the text wins: its day is the publication date",
  WEEKDAY_MISMATCH: "a weekday named next to a date is not that date's weekday; both are kept and flagged",
  COMPARE_NO_DATES: 'no article has a resolvable date, so the timeline is empty',
  COMPARE_DUPLICATE: 'articles are copies of one text; they count as one voice in the comparison',
} as const;

export const PROBLEM_CODES = {
  NOT_FOUND: 'the file or directory does not exist',
  UNREADABLE:
    "the file exists but could not be read (permissions, a device, an I/O error): the system's reason is given",
  UNSUPPORTED: 'the input kind is not one sanad reads (an extension, a URL, a kind inside a zip)',
  EMPTY: 'the file, record, feed or archive holds no text',
  BINARY: 'the file is binary (a known signature, NUL or control bytes), not text',
  BAD_JSON: 'a JSON file, a JSONL line or a sidecar is not valid JSON',
  BAD_RECORD: 'an item of a JSON array or a JSONL line is not a JSON object',
  BAD_FEED:
    'an RSS or Atom feed could not be parsed, or it declares XML entities (never expanded: entity expansion is an attack)',
  BAD_ZIP: 'a zip archive could not be read',
  ARCHIVE_LIMIT:
    'a zip archive holds too many entries, unpacks to too much or packs too tightly (a zip bomb); it is refused in bounded memory, entries read before stay read',
  UNSAFE_PATH:
    'a zip entry name is absolute or climbs out of the archive with ".."; the entry is not read, the others are',
  NESTED_ARCHIVE:
    'an archive inside a zip archive is not opened (one level only); unpack it and give it directly',
  TOO_LARGE: 'the input is over the size sanad reads at once; the limit is in the message',
  TOO_MANY_FILES:
    'a directory input holds more files and folders than the limit (100,000 by default, counted before anything is read); nothing of it is read: split it, or raise the limit with --max-files N',
  READ_FAILED: 'reading failed for a reason not listed above; the message carries it',
  BAD_PAIR:
    'a `sanad check --pairs` line is a JSON object without an id or without a non-empty claim and article; an error line takes its place in the output',
  FETCH_FAILED:
    "a URL (a page, a feed, a teaser's page) could not be fetched: the network error or HTTP status is given",
  FEED_FAILED:
    '`sanad watch`: a feed failed (network, HTTP error, broken feed); it is tried again after the wait given',
} as const;

export const ERROR_CODES = {
  E_FORMAT: 'an unknown --format value',
  E_READ: 'a file named by an option could not be read',
  E_NOTHING: 'no input could be analysed',
  E_STORY:
    'the story named by --story is not among the stories of these inputs, or the library holds no analysis of it (see `sanad stories --db`)',
  E_USAGE:
    'the command was given the wrong arguments (a claim without inputs, --pairs with a claim); the message says what it needs',
  E_STORY_UNAVAILABLE:
    '`sanad check --story`: stories come from the library; input files can be narrowed by --from/--to',
  E_NO_ARTICLE: 'a coverage provider was asked for an article id it does not hold (a bug in the caller)',
  E_DB: 'the library could not be opened: a folder PGlite cannot use, or a PostgreSQL server that does not answer',
  E_DISK_FULL:
    'the disk holding the library (or the temporary folder) is full; the batch being stored was rolled back, so free space and run the same command again: it resumes where it stopped',
  E_LOCKED: 'another process has the embedded library open (its pid is given); one process at a time',
  E_QUEUE: '`--queue` and `sanad worker` need a PostgreSQL library (SANAD_DATABASE_URL or --db postgres://…)',
  E_QUERY: 'the search query holds no word to search for',
  LEXICON_MISSING: 'a file under lexicons/ or models/ is missing or unreadable (a broken install)',
  LEXICON_INVALID:
    'a file under lexicons/ or models/ does not match its schema; the message names the file and the entry',
  E_REPORT_ASSETS:
    'the HTML report needs dist/report-assets/ (its script, styles and basemap), which `npm run build` writes',
  E_TOKEN:
    '`sanad serve` on an address other than loopback needs a token (--token or SANAD_TOKEN, at least 16 characters); it refuses to start without one',
  E_UNAUTHORIZED:
    '`sanad serve` (HTTP 401): the request carries no valid token (`Authorization: Bearer …`, or the cookie set by opening the app with ?token=)',
  E_HOST:
    '`sanad serve` on loopback (HTTP 403): the request names the server by a host that is not loopback (a DNS rebinding attempt, or a proxy: serve on that address with a token)',
  E_ORIGIN:
    '`sanad serve` (HTTP 403): a request that changes the library came from another site (its Origin header is not the app)',
  E_TOO_LARGE:
    '`sanad serve` (HTTP 413): an uploaded file or a pasted article is over the upload limit (--max-upload-mb)',
  E_REQUEST:
    '`sanad serve` (HTTP 400): the request does not match the API (the OpenAPI document at /api/openapi.json); the message names the field',
  E_NOT_FOUND: '`sanad serve` (HTTP 404): no such route, article or job',
  E_SERVER: '`sanad serve` (HTTP 500): an unexpected failure; the message carries it',
} as const;

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keysOf = <T extends object>(o: T) => Object.keys(o) as Keys<T>;

export const WarningCode = z.enum(keysOf(WARNING_CODES));
export type WarningCode = z.infer<typeof WarningCode>;
export const ProblemCode = z.enum(keysOf(PROBLEM_CODES));
export type ProblemCode = z.infer<typeof ProblemCode>;
export const ErrorCode = z.enum(keysOf(ERROR_CODES));
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The catalogue as Markdown, for docs/codes.md. */
export function codesMarkdown(): string {
  const table = (title: string, intro: string, codes: Record<string, string>) =>
    [
      `## ${title}`,
      '',
      intro,
      '',
      '| code | meaning |',
      '|---|---|',
      ...Object.entries(codes).map(([c, m]) => `| \`${c}\` | ${m.replace(/\|/g, '\\|')} |`),
      '',
    ].join('\n');
  return [
    '# Codes',
    '',
    'Generated from `src/codes.ts` by `npm run codes`; do not edit by hand.',
    '',
    table('Warnings', 'In `warnings[]` of the JSON; the input is still analysed.', WARNING_CODES),
    table(
      'Input problems',
      'One line on stderr each; that input is skipped and the run goes on.',
      PROBLEM_CODES,
    ),
    table('Errors', 'The command stops with a non-zero exit code.', ERROR_CODES),
  ].join('\n');
}
