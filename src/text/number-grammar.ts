// The grammar that joins number words into one value, a word at a time: units and teens, tens
// joined by و, hundreds, and scale words (ألف، مليون) that close a group into the total.
import type { NumberWord, WordKind } from './number-tokens.js';

export interface State {
  total: number;
  group: number;
  empty: boolean;
  hundreds: boolean;
  unit: number;
  tens: boolean;
  teen: boolean;
  digits: boolean;
  decimal?: number;
  lastScale: number;
  lastKind: WordKind | '';
  tokens: number;
}

/** Apply one word to the running number; false when it cannot continue this number. */
export function step(st: State, w: NumberWord, and: boolean): boolean {
  // a new group after a scale word must be joined by و; the first word needs nothing
  const opens = st.empty && (st.tokens === 0 || (st.total > 0 && and));
  switch (w.kind) {
    case 'zero':
      if (st.tokens > 0) return false;
      st.empty = false;
      st.lastScale = 0; // nothing may follow صفر
      return true;
    case 'digits':
      if (!opens) return false;
      st.group = w.value;
      st.decimal = w.decimal;
      st.digits = true;
      st.empty = false;
      return true;
    case 'unit':
      return stepUnit(st, w, and, opens);
    case 'ten':
      return stepTen(st, w, and, opens);
    case 'hundred':
      return stepHundred(st, w, and, opens);
    case 'scale':
      return stepScale(st, w, and, opens);
  }
}

/** ثلاثة، ثلاثة عشر (a teen), مئة وثلاثة. */
function stepUnit(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (w.value === 10 && !and && st.lastKind === 'unit' && st.unit >= 1 && st.unit <= 9 && !st.teen) {
    st.group += 10; // teen: ثلاثة عشر
    st.teen = true;
    return true;
  }
  if (opens) st.group = w.value;
  else if (and && st.hundreds && !st.unit && !st.tens && !st.teen) st.group += w.value;
  else return false;
  st.unit = w.value;
  st.empty = false;
  return true;
}

/** عشرون، ثلاثة وعشرون، مئة وعشرون. */
function stepTen(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (st.tens || st.teen || st.digits) return false;
  if (opens) st.group = w.value;
  else if (and && ((st.unit >= 1 && st.unit <= 9) || (st.hundreds && !st.unit))) st.group += w.value;
  else return false;
  st.tens = true;
  st.empty = false;
  return true;
}

/** مئة، مئتان، ثلاث مئة. */
function stepHundred(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (opens) st.group = w.value;
  else if (
    !and &&
    w.value === 100 &&
    st.lastKind === 'unit' &&
    st.unit >= 3 &&
    st.unit <= 9 &&
    !st.hundreds
  ) {
    st.group = st.unit * 100; // ثلاث مئة
    st.unit = 0;
  } else return false;
  st.hundreds = true;
  st.empty = false;
  return true;
}

/** ألف، ألفان، ثلاثة آلاف، 1.5 مليون: the group so far times the scale joins the total. */
function stepScale(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (w.value >= st.lastScale) return false;
  let add: number;
  if (w.form === 'dual') {
    if (!opens) return false;
    add = 2 * w.value;
  } else if (st.empty) {
    if (w.form !== 'one' || !opens) return false; // آلاف / ألفا alone are not read here
    add = w.value;
  } else {
    if (and) return false;
    const g = st.digits && st.decimal !== undefined ? st.decimal : st.group;
    add = Number((g * w.value).toPrecision(15)); // 1.1 مليون is 1100000, not 1100000.0000000002
  }
  st.total += add;
  st.group = 0;
  st.empty = true;
  st.hundreds = st.tens = st.teen = st.digits = false;
  st.unit = 0;
  st.decimal = undefined;
  st.lastScale = w.value;
  return true;
}
