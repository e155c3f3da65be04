// Checking a claim over HTTP: the same check as `sanad check "<claim>" --db`, against the library the
// server holds open. A cold `sanad check --db` pays for opening the embedded library and loading the
// model on every call; the server pays once, so a claim is answered in the time of the check alone.
import type { FastifyInstance } from 'fastify';
import { checkClaim } from '../check/claim.js';
import { LibraryCoverage } from '../check/library-coverage.js';
import { SanadError } from '../errors.js';
import type { Db } from '../store/db.js';
import { checkBody, checkResult } from './check-schemas.js';
import * as S from './schemas.js';

interface CheckRequest {
  claim: string;
  story?: string;
  from?: string;
  to?: string;
  limit: number;
}

export function checkRoutes(app: FastifyInstance, db: Db): void {
  app.post<{ Body: CheckRequest }>(
    '/api/check',
    {
      schema: {
        summary:
          'Check a claim against the library: each related article with its stance and cited sentences, and the verdict by independent origins',
        tags: ['check'],
        body: checkBody,
        response: { 200: checkResult, ...S.errors },
      },
    },
    async (req) => {
      const { claim, story, from, to, limit } = req.body;
      if (!claim.trim()) throw new SanadError('E_REQUEST', 'the claim is empty');
      // a coverage per request: its article cache lives as long as the one check that fills it
      const coverage = await LibraryCoverage.open(db);
      if (coverage.size === 0)
        throw new SanadError('E_NOTHING', 'the library holds no article yet: ingest some first');
      return checkClaim(claim, coverage, { story, from, to, limit });
    },
  );
}
