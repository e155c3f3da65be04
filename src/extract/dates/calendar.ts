// Calendar arithmetic for placing dates in time: days as UTC milliseconds, the nearest year of a
// month-day seen from the publication day, the date a weekday names.
export const DAY_MS = 86_400_000;
export const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dow = (ms: number) => new Date(ms).getUTCDay();
export const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

// News looks back: a date a little before publication is likelier than one after it, and one more
// than three months ahead is taken as last year's. 'الماضي' / 'المقبل' after the date decide alone.
const FUTURE_COST = 3;
const MAX_AHEAD = 92 * 86_400_000;
export function closest(candidates: number[], pub: number, mode?: 'before' | 'after'): number {
  const cost = (ms: number) => {
    if (mode === 'before' && ms >= pub) return Infinity;
    if (mode === 'after' && ms <= pub) return Infinity;
    if (ms <= pub) return pub - ms;
    return mode === 'after' || ms - pub <= MAX_AHEAD ? (ms - pub) * FUTURE_COST : Infinity;
  };
  return candidates.reduce((best, ms) => (cost(ms) < cost(best) ? ms : best));
}

/** The date a weekday names, seen from the publication day. */
export function weekdayFrom(pub: number, weekday: number, mode?: 'before' | 'after'): number {
  if (mode === 'after') return pub + ((weekday - dow(pub) + 7) % 7 || 7) * DAY_MS;
  const back = (dow(pub) - weekday + 7) % 7;
  return pub - (back === 0 && mode === 'before' ? 7 : back) * DAY_MS;
}
