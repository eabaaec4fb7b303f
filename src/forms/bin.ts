/**
 * BIN and IIN (Kazakhstan's 12-digit business and individual identification numbers) as
 * people type them. Both share the check digit of ../shared/domain.md §3.1–3.2: a weighted
 * sum mod 11 with weights 1…11, and when that gives 10 a second pass with weights 3…11, 1, 2;
 * a second 10 means the number is never issued.
 *
 * Only the length, the digits and the check digit are checked: an individual entrepreneur's
 * BIN is their IIN, so the BIN structure (d5 = 4/5/6) is not enforced, and the register is the
 * only thing that knows whether a number exists.
 */

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when no 12th digit can make them valid. */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weightedSum(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Digits only: people paste BINs as "940140 000385" or "9401-4000-0385". */
export function normalizeBin(raw: string): string {
  return raw.replace(/[\s\u00a0-]/g, '');
}

export const BinProblem = {
  Empty: 'empty',
  /** Something other than digits, spaces and dashes. */
  NotDigits: 'not-digits',
  Length: 'length',
  Checksum: 'checksum',
} as const;
export type BinProblem = (typeof BinProblem)[keyof typeof BinProblem];

/** What is wrong with a typed BIN/IIN, or null when it is a valid number. */
export function binProblem(raw: string): BinProblem | null {
  const value = normalizeBin(raw);
  if (value === '') return BinProblem.Empty;
  if (!/^\d+$/.test(value)) return BinProblem.NotDigits;
  if (value.length !== 12) return BinProblem.Length;
  // All zeros passes the arithmetic but is no one's number.
  if (/^0+$/.test(value)) return BinProblem.Checksum;
  return checkDigit(value.slice(0, 11)) === Number(value[11]) ? null : BinProblem.Checksum;
}

export function isValidBin(raw: string): boolean {
  return binProblem(raw) === null;
}
