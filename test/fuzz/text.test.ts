// Property-based fuzzing of the text stages: decoding, cleaning, the number and date parsers, and
// the whole per-article annotation (quotations, quantities, dates, entities, accusations). No
// exception escapes, every span stays inside its text and says what it covers, cleaning is
// idempotent, and the assembled analysis is valid against the contract's schema.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, InputError } from '../../src/ingest/decode.js';
import { cleanDocument } from '../../src/clean/clean.js';
import { parseNumberAt, parseNumberWords } from '../../src/text/number-words.js';
import { toIsoDate } from '../../src/ingest/types.js';
import { findDates } from '../../src/extract/dates/dates.js';
import { annotateArticle } from '../../src/annotate/annotate.js';
import { combineArticles } from '../../src/pipeline.js';
import { Analysis } from '../../src/contract.js';
import { allSpans } from '../helpers.js';
import { arabicText, RUNS, textBytes, TIMEOUT_MS } from './arbitraries.js';

const params = { numRuns: RUNS };

describe('fuzz: text stages', { timeout: TIMEOUT_MS }, () => {
  it('decodeBytes returns text or throws a coded InputError, nothing else', () => {
    fc.assert(
      fc.property(textBytes, (bytes) => {
        try {
          const d = decodeBytes(Buffer.from(bytes), 'f.txt');
          expect(typeof d.text).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('cleaning never throws and is idempotent', () => {
    fc.assert(
      fc.property(arabicText, (body) => {
        const once = cleanDocument({ id: 'a', body });
        const twice = cleanDocument({ id: 'a', body: once.text });
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('the number parsers never throw, and a parse lies inside the text', () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), (text, at) => {
        const pos = text.length ? at % text.length : 0;
        const n = parseNumberAt(text, pos);
        if (n) {
          expect(n.start).toBeGreaterThanOrEqual(0);
          expect(n.end).toBeLessThanOrEqual(text.length);
          expect(n.start).toBeLessThanOrEqual(n.end);
        }
        const w = parseNumberWords(text);
        expect(w === null || typeof w === 'number').toBe(true);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('the date parsers never throw; dates are spans of the text with a well-formed value', () => {
    fc.assert(
      fc.property(arabicText, fc.option(fc.constantFrom('2015-07-21', '2024-02-29')), (text, published) => {
        expect(toIsoDate(text) ?? '2000-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const { dates } = findDates(text, 'a', published ? { published } : {});
        for (const d of dates) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toMatch(/^(\d{4}|-)-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('annotation never throws, every span is inside its article, the analysis fits the schema', () => {
    fc.assert(
      fc.property(fc.array(arabicText, { minLength: 1, maxLength: 3 }), (bodies) => {
        const annotated = bodies.map((body, i) =>
          annotateArticle({ id: `a${i}`, source: {}, body, format: 'txt', warnings: [] }),
        );
        const analysis = combineArticles(annotated);
        const texts = new Map(analysis.articles.map((a) => [a.id, a.text]));
        for (const s of allSpans(analysis)) {
          const text = texts.get(s.article);
          expect(text, `span of unknown article ${s.article}`).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text!.length);
          expect(text!.slice(s.start, s.end)).toBe(s.text);
        }
        const parsed = Analysis.safeParse(analysis);
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
      params,
    );
  });

  // Counterexamples found by the properties above, kept so they stay fixed.
  describe('regressions', () => {
    it('framing: one article holding every counted word gave a NaN distinctive score (src/compare guard)', () => {
      const bodies = ['ألف%ألف', ''];
      const annotated = bodies.map((body, i) =>
        annotateArticle({ id: `a${i}`, source: {}, body, format: 'txt', warnings: [] }),
      );
      const parsed = Analysis.safeParse(combineArticles(annotated));
      expect(parsed.success, parsed.error?.message).toBe(true);
    });
  });
});
