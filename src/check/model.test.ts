import { describe, expect, it } from 'vitest';
import { CHECK_LABELS, DEFAULT_FIT, fitCheckModel, predictProbabilities } from './model.js';

// Invented pairs: coverage tells unrelated from the rest, a contrary signal disagree, a hedge discuss.
const xs: Record<string, number>[] = [];
const ys: number[] = [];
for (let i = 0; i < 40; i++) {
  const y = i % 4;
  const jitter = (i % 5) / 50;
  xs.push({
    coverage: y === 3 ? 0.1 + jitter : 0.7 + jitter,
    contrary: y === 1 ? 1 : 0,
    hedge: y === 2 ? 1 : 0,
  });
  ys.push(y);
}
const features = ['coverage', 'contrary', 'hedge'];

describe('check model in two stages', () => {
  const opt = { ...DEFAULT_FIT, iterations: 300, twoStage: true };
  const model = fitCheckModel(xs, ys, features, opt);

  it('gives four probabilities summing to one, "unrelated" from the first stage', () => {
    expect(model.unrelated?.weights).toHaveLength(features.length + 1);
    expect(model.weights[CHECK_LABELS.indexOf('unrelated')].every((w) => w === 0)).toBe(true);
    for (const x of xs) {
      const p = predictProbabilities(model, x);
      expect(p).toHaveLength(4);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('separates the invented classes and is the same on every fit', () => {
    const best = (x: Record<string, number>) => {
      const p = predictProbabilities(model, x);
      return CHECK_LABELS[p.indexOf(Math.max(...p))];
    };
    expect(best({ coverage: 0.1, contrary: 0, hedge: 0 })).toBe('unrelated');
    expect(best({ coverage: 0.75, contrary: 1, hedge: 0 })).toBe('disagree');
    expect(best({ coverage: 0.75, contrary: 0, hedge: 1 })).toBe('discuss');
    expect(best({ coverage: 0.75, contrary: 0, hedge: 0 })).toBe('agree');
    expect(fitCheckModel(xs, ys, features, opt)).toEqual(model);
  });

  it('a model without the first stage reads as one softmax, as before', () => {
    const flat = fitCheckModel(xs, ys, features, { ...opt, twoStage: false });
    expect(flat.unrelated).toBeUndefined();
    const p = predictProbabilities(flat, xs[0]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});
