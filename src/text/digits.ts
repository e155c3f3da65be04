// Digit runs as the press writes them: Western, Arabic-Indic (٠-٩) or Persian (۰-۹) digits, with
// thousands separators, decimal points and the Gulf press's decimal ر.

/**
 * The characters read as digits (Western, Arabic-Indic, Persian), as the inside of a regex character
 * class: every reader of digits builds on this one, so a digit for the number parser is a digit for
 * the clause walk too.
 */
export const DIGIT_CLASS = '0-9\u0660-\u0669\u06F0-\u06F9';

// ٠ is U+0660 and ۰ is U+06F0, so the low four bits of either are the digit's value
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * A digit run as written, its separators kept ("15,000", "١٥٬٠٠٠", "1.5", the press's "63ر54"): a
 * tokenizer splits it at the separator, so figures are read from text with this, for parseDigits.
 * Global: use it with matchAll.
 */
const D = `[${DIGIT_CLASS}]`;
export const DIGIT_RUN = new RegExp(
  `${D}+(?:ر${D}+(?![.,\u066B\u066Cر]?${D})|(?:[.,\u066B\u066C]${D}+)*)`,
  'g',
);

/** Western digits for a run of Western, Arabic-Indic or Persian digits. */
export function asciiDigits(s: string): string {
  return s.replace(NON_ASCII_DIGIT, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * Value of a digit run with separators: "15,000" "15.000" "١٥٬٠٠٠" are thousands, "2.5" "٢٫٥"
 * "2,5" are decimals. A lone dot before exactly three digits is read as thousands, with the
 * decimal reading kept for a scale word that may follow (1.500 مليون). "5ر6" is the press's 6.5.
 * Null for "1.2.3".
 */
export function parseDigits(run: string): { value: number; decimal?: number } | null {
  const s = asciiDigits(run);
  // "5ر6", "83ر1": Saudi and Gulf papers' typesetting writes the decimal comma as ر with the
  // fraction first in logical order (6.5, 1.83)
  const press = /^([0-9]+)ر([0-9]+)$/.exec(s);
  if (press) return { value: Number(`${press[2]}.${press[1]}`) };
  const seps = s.replace(/[0-9]/g, '');
  if (!seps) return { value: Number(s) };
  const groups = s.split(/[.,٫٬]/);
  const threes = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
  const first = seps[0];
  const same = [...seps].every((c) => c === first);
  if (same && first === '٫') return seps.length === 1 ? { value: Number(groups.join('.')) } : null;
  if (same && threes) {
    const whole = Number(groups.join(''));
    if (first === '.' && seps.length === 1) return { value: whole, decimal: Number(groups.join('.')) };
    return { value: whole };
  }
  if (same && seps.length === 1) return { value: Number(groups.join('.')) }; // 2.5, 2,5
  // 1,500.25: the last separator is the decimal point, the others group thousands
  const last = seps[seps.length - 1];
  const head = seps.slice(0, -1);
  if (
    ![...head].every((c) => c === head[0] && c !== last) ||
    !groups.slice(1, -1).every((g) => g.length === 3)
  ) {
    return null;
  }
  return { value: Number(groups.slice(0, -1).join('') + '.' + groups[groups.length - 1]) };
}
