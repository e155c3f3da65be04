// Every limit the readers enforce on what they are given, in one place, each with why it has its
// value. Inputs come from the web and from strangers: each limit turns a hostile or broken input into
// one coded problem (or warning) in bounded time and memory, and the other inputs of the run are
// still read. README "Limits" lists them with the memory and time measured by test/limits.test.ts.

const MB = 1024 * 1024;

/**
 * One .txt/.html/.xml file (and such an entry of a zip): no news article or feed is near 20 MB; a
 * file that size is a dump that should be split or given as JSON Lines, which stream.
 */
export const MAX_TEXT_BYTES = 20 * MB;
/**
 * One .json file (or .json entry of a zip), parsed whole: parsing holds the bytes, the decoded
 * string and the objects, about 4 to 5 times the file. A SaudiNewsNet day is 12.6 MB; 64 MB is five
 * such days and keeps the parse near 300 MB. Larger dumps stream as JSON Lines.
 */
export const MAX_JSON_BYTES = 64 * MB;
/** One JSON Lines line (one record): the same bound as one text file, and the reader's only buffer. */
export const MAX_JSONL_LINE_BYTES = MAX_TEXT_BYTES;
/**
 * One article's text, in UTF-16 code units. The longest of the 27,314 articles in the 16 shared days
 * is 33,687 characters; 500,000 is fifteen times that. Measured on a dense article of that length
 * (`sanad analyze`, one file): about 250 MB and 7 s; at 2 million characters it took 600 MB and 51 s,
 * over the 400 MB the hostile-input tests allow. A longer "article" (a JSON field holding a whole
 * dump, a feed item with a book in it) is refused, and the rest of its file is read.
 */
export const MAX_ARTICLE_CHARS = 500_000;

/**
 * Entries in one zip archive, counted in its central directory and again while streaming (the
 * directory may lie). A year of a busy outlet's articles, one file each, is about 50,000.
 */
export const MAX_ZIP_ENTRIES = 100_000;
/**
 * Bytes unpacked from one archive, all entries together. A month of SaudiNewsNet day files is
 * about 380 MB unpacked; 1 GB leaves room and bounds the time spent inflating.
 */
export const MAX_ZIP_TOTAL_BYTES = 1024 * MB;
/**
 * Unpacked to packed size of one entry. Arabic JSON and HTML pack 3 to 10 times; 100 is far past
 * any text and far below a zip bomb (zeros pack about 1,000 times).
 */
export const MAX_ZIP_RATIO = 100;
/** The ratio is judged once an entry has unpacked this much: a tiny file of spaces may pack 100 times. */
export const ZIP_RATIO_AFTER_BYTES = 1 * MB;
/**
 * Bytes of the archive pushed to the unpacker at once. Inflation is not interruptible within a push,
 * so this bounds what one push can unpack before the limits are looked at (16 KB of a bomb is 16 MB).
 */
export const ZIP_READ_CHUNK = 16 * 1024;
/** The central directory is read whole to count entries: 100,000 entries with long names fit in 32 MB. */
export const MAX_ZIP_DIRECTORY_BYTES = 32 * MB;

/**
 * Files and folders in one directory input, all levels together. A directory is counted (streamed,
 * nothing held) before anything in it is read, and refused past this with TOO_MANY_FILES; below it,
 * a folder's names are held to read them in sorted order (reproducible output), about 100 bytes a
 * name. 100,000 is well above the largest real input here (27,314 articles, 16 shared days) and the
 * size of a year of a busy outlet (as for zips); `sanad analyze` holds every analysed article
 * (about 1 GB for 27,000), so a bigger folder belongs in the library (`sanad ingest --max-files N`,
 * which stores articles as it reads them) or split into several runs.
 */
export const MAX_DIR_ENTRIES = 100_000;

/**
 * Element nesting of an HTML page. Real news pages nest under 60 deep; the main-text extractor
 * (Readability) walks the tree recursively and slows down sharply on thousands of levels, so past
 * this depth the page's visible text is read directly, with a warning.
 */
export const MAX_HTML_DEPTH = 500;

/**
 * Character references (&amp;, &#1575;) in one HTML page. The DOM parser (linkedom) slows
 * quadratically on a text run of many of them: 50,000 take about 1 s, 200,000 about 16 s. Old
 * Arabic sites that write every letter as &#NNNN; stay under it (a long article is 30,000 letters);
 * past it the page is read as flat text, as for deep nesting.
 */
export const MAX_HTML_ENTITIES = 50_000;
