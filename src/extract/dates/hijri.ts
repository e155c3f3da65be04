// Hijri (Umm al-Qura) <-> Gregorian with the calendar built into Node's Intl, no dependency.
// Checked against known dates: 1 Ramadan 1436 = 2015-06-18, 1 Shawwal 1436 = 2015-07-17,
// 1 Muharram 1438 = 2016-10-02, 15 Rabi al-Awwal 1438 = 2016-12-14 (see dates-hijri.test.ts).

const DAY_MS = 86_400_000;
// made on first use: loading ICU's Islamic calendar costs a fresh process tens of ms, and most
// articles name no Hijri date
let format: Intl.DateTimeFormat | undefined;
const hijriFormat = () =>
  (format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }));

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/** The Umm al-Qura date of a UTC day given as ms since the epoch. */
export function toHijri(ms: number): HijriDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of hijriFormat().formatToParts(new Date(ms))) {
    if (p.type === 'year' || (p.type as string) === 'relatedYear') year = parseInt(p.value, 10);
    else if (p.type === 'month') month = parseInt(p.value, 10);
    else if (p.type === 'day') day = parseInt(p.value, 10);
  }
  return { year, month, day };
}

// Mean lengths are close enough for a first guess; the loop below corrects the last few days.
const EPOCH_MS = Date.UTC(622, 6, 19);
const ordinal = (h: HijriDate) => (h.year - 1) * 354.367 + (h.month - 1) * 29.5306 + h.day;

/**
 * UTC ms of the Gregorian day for a Hijri date, or undefined when the day does not exist in that
 * month (day 30 of a 29-day month) or the year is outside the table (about 1300-1600 AH).
 */
export function fromHijri(h: HijriDate): number | undefined {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30 || h.year < 1300 || h.year > 1600)
    return undefined;
  let ms = EPOCH_MS + Math.round(ordinal(h) - 1) * DAY_MS;
  for (let i = 0; i < 6; i++) {
    const got = toHijri(ms);
    const diff = Math.round(ordinal(h) - ordinal(got));
    if (diff === 0) return got.month === h.month && got.day === h.day ? ms : undefined;
    ms += diff * DAY_MS;
  }
  return undefined;
}
