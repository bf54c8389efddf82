/** Rounds to cents, avoiding the 1.005 → 1.00 binary rounding trap. */
export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}
