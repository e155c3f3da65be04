// `sanad ner` and `sanad stance`: the tagger and the sentence-pair stance model on their own, for
// evaluation with the shared scorers (CoNLL tokens on stdin; a CSV of sentence pairs).
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { emit } from './options.js';
import { SanadError } from '../errors.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerTextCommands(program: Command): void {
  program
    .command('ner')
    .description('tag tokens read from stdin (one per line, blank line between sentences)')
    .option('-f, --format <format>', 'conll (token<TAB>tag with BIO tags PERS, LOC, ORG, MISC)', 'conll')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; output?: string }) => {
      if (opts.format !== 'conll')
        throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (conll)`);
      const input = await readStdin();
      const { tagConll } = await import('../extract/entities/conll.js');
      emit(tagConll(input), opts.output);
    });

  program
    .command('stance')
    .description('predict agree / disagree / other for each pair of a CSV with header s1,s2[,stance]')
    .requiredOption('--pairs <file>', 'CSV file with header s1,s2[,stance]')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { pairs: string; output?: string }) => {
      let input: string;
      try {
        input = readFileSync(opts.pairs, 'utf8');
      } catch (e) {
        throw new SanadError(
          'E_READ',
          `${opts.pairs}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
        );
      }
      const { stanceCsv } = await import('../stance/stance.js');
      emit(stanceCsv(input), opts.output);
    });
}
