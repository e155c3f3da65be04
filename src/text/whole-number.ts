// A number rounded and written with thousands commas, as `Math.round(n).toLocaleString('en-US')`
// writes it, without ICU: the first toLocaleString of a process loads ICU's number formatter, about
// 30 ms of a cold `sanad analyze` that writes a handful of counts.

/**
 * `Math.round(n).toLocaleString('en-US')` for a finite n: "1,234", "-5", "-0", and past 1e21 the
 * shortest digits of the double followed by zeros ("12,345,000,…"), as ICU writes them.
 */
export function wholeNumber(n: number): string {
  const r = Math.round(n);
  let digits = String(Math.abs(r));
  const e = digits.indexOf('e+');
  if (e >= 0) {
    // "1.2345e+25": the shortest digits, then zeros up to the exponent
    const mantissa = digits.slice(0, e).replace('.', '');
    digits = mantissa + '0'.repeat(Number(digits.slice(e + 2)) + 1 - mantissa.length);
  }
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
  return (r < 0 || Object.is(r, -0) ? '-' : '') + out;
}
