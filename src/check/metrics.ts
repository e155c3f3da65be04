// Accuracy, per-class F1 (0 when a class has no true positive), macro-F1 and the confusion matrix
// over any label set: the same computation as ../shared/tools/score-stance.mjs, for four classes.
export interface Scores {
  n: number;
  accuracy: number;
  macroF1: number;
  f1: Record<string, number>;
  /** confusion[gold][predicted] */
  confusion: Record<string, Record<string, number>>;
}

export function scoreLabels(
  labels: readonly string[],
  gold: readonly string[],
  pred: readonly string[],
): Scores {
  if (gold.length !== pred.length)
    throw new Error(`row count differs: gold ${gold.length}, predicted ${pred.length}`);
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let right = 0;
  gold.forEach((g, i) => {
    if (g === pred[i]) right++;
    if (confusion[g] && pred[i] in confusion[g]) confusion[g][pred[i]]++;
  });
  const f1: Record<string, number> = {};
  for (const l of labels) {
    const tp = confusion[l]?.[l] ?? 0;
    const fp = gold.filter((g, i) => pred[i] === l && g !== l).length;
    const fn = gold.filter((g, i) => g === l && pred[i] !== l).length;
    f1[l] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  const macroF1 = labels.reduce((s, l) => s + f1[l], 0) / labels.length;
  return { n: gold.length, accuracy: gold.length ? right / gold.length : 0, macroF1, f1, confusion };
}

/** The scores as a few readable lines: accuracy, macro-F1, per-class F1, the confusion matrix. */
export function formatScores(labels: readonly string[], s: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [
    `n ${s.n}  accuracy ${pct(s.accuracy)}  macro-F1 ${pct(s.macroF1)}  ` +
      labels.map((l) => `${l} ${pct(s.f1[l])}`).join('  '),
    `gold \\ pred  ${labels.map((l) => l.padStart(9)).join(' ')}`,
    ...labels.map(
      (g) => `${g.padEnd(11)} ${labels.map((p) => String(s.confusion[g][p]).padStart(9)).join(' ')}`,
    ),
  ];
  return lines.join('\n');
}
