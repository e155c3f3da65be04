// Where `sanad check` looks for articles: a coverage provider answers two questions, which articles
// may address a claim (retrieval) and what one article says (its clean text and annotations). Today
// the provider is built from the inputs on the command line; the library (src/store/, `--db`)
// implements the same interface from its search index and stored annotations.
import type { AnnotatedArticle } from '../annotate/annotate.js';
import { annotateArticle } from '../annotate/annotate.js';
import { readInputs, type InputProblem, type RawDoc } from '../ingest/read.js';
import { SanadError } from '../errors.js';
import { ScanIndex, queryTerms, type Hit } from './retrieve.js';
import type { ClaimView } from './views.js';

export interface CoverageQuery {
  claim: ClaimView;
  /** most articles to return */
  limit: number;
  /** YYYY-MM-DD bounds on the publication date, inclusive */
  from?: string;
  to?: string;
  /** only the articles of one story */
  story?: string;
}

export interface Coverage {
  /** how many articles the provider holds */
  readonly size: number;
  /** articles that may address the claim, best first */
  search(query: CoverageQuery): Promise<Hit[]>;
  /** one article with its annotations (clean text, sentences, quotes, quantities ...) */
  article(id: string): Promise<AnnotatedArticle>;
}

/** Inside [from, to] (inclusive); an undated article is outside any bounded range. */
export function inRange(published: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!published) return false;
  return (!from || published >= from) && (!to || published <= to);
}

/** Coverage over documents read from files: scanned for retrieval, annotated when asked for. */
export class InputCoverage implements Coverage {
  private readonly byId: Map<string, RawDoc>;
  private readonly index: ScanIndex;
  private readonly annotated = new Map<string, AnnotatedArticle>();

  constructor(readonly docs: RawDoc[]) {
    this.byId = new Map(docs.map((d) => [d.id, d]));
    this.index = new ScanIndex(
      docs.map((d) => ({
        id: d.id,
        text: d.title ? `${d.title}\n${d.body}` : d.body,
        published: d.published,
      })),
    );
  }

  /** Read inputs (files, directories, zips, "-") into a coverage; unreadable inputs are returned. */
  static async read(
    inputs: string[],
    opts: { published?: string; stdin?: NodeJS.ReadableStream } = {},
  ): Promise<{ coverage: InputCoverage; problems: InputProblem[] }> {
    const docs: RawDoc[] = [];
    const problems: InputProblem[] = [];
    for await (const item of readInputs(inputs, opts)) {
      if ('body' in item) docs.push(item);
      else problems.push(item);
    }
    return { coverage: new InputCoverage(docs), problems };
  }

  get size(): number {
    return this.docs.length;
  }

  async search(q: CoverageQuery): Promise<Hit[]> {
    if (q.story !== undefined) {
      throw new SanadError(
        'E_STORY_UNAVAILABLE',
        `--story ${q.story}: stories come from the library (--db); with input files, narrow by --from/--to or by the files given`,
      );
    }
    return this.index.search(queryTerms(q.claim), q.limit, (d) => inRange(d.published, q.from, q.to));
  }

  async article(id: string): Promise<AnnotatedArticle> {
    let a = this.annotated.get(id);
    if (!a) {
      const doc = this.byId.get(id);
      if (!doc) throw new SanadError('E_NO_ARTICLE', `no article with id "${id}" in the inputs`);
      a = annotateArticle(doc);
      this.annotated.set(id, a);
    }
    return a;
  }
}
