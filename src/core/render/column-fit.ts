/**
 * Column widths that respect minimums: a column never gets narrower than its longest word
 * needs (else Word breaks the word anywhere and our PDF overruns or splits a name); what
 * such a column takes comes from the columns with room to spare, in proportion to their
 * share. Shared by the DOCX and the PDF table layouts.
 */

/**
 * Splits `total` over columns in proportion to `weights`, raising any column below its minimum
 * to it and taking the difference from the others (water filling). Minimums that add up to
 * more than `total` are scaled down together, so every column still gets its share of them.
 */
export function fitColumnWidths(weights: readonly number[], minimums: readonly number[], total: number): number[] {
  const n = weights.length;
  const w = weights.map((x) => (Number.isFinite(x) && x > 0 ? x : 0));
  const share = w.every((x) => x === 0) ? w.map(() => 1) : w;
  let mins = minimums.map((m) => (Number.isFinite(m) && m > 0 ? m : 0));
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum > total) mins = mins.map((m) => (m / minSum) * total);
  const fixed = new Array<boolean>(n).fill(false);
  const out = new Array<number>(n).fill(0);
  // Each pass pins at least one more column to its minimum, so n passes suffice.
  for (let pass = 0; pass <= n; pass++) {
    const left = total - mins.reduce((sum, m, i) => sum + (fixed[i] ? m : 0), 0);
    const weight = share.reduce((sum, x, i) => sum + (fixed[i] ? 0 : x), 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        out[i] = mins[i]!;
        continue;
      }
      out[i] = weight > 0 ? (share[i]! / weight) * left : 0;
      if (out[i]! < mins[i]! - 1e-9) {
        fixed[i] = true;
        changed = true;
      }
    }
    if (!changed) return out;
  }
  return out;
}
