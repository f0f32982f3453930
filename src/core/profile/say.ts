/** Small pieces of Russian wording shared by the profile's messages. */

/** A number as people read it in a message: «33,3», «-50000»; at most two decimals, no grouping. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** Allowed values, listed for «допустимы: …». */
export function listValues(values: ReadonlyArray<unknown>): string {
  return values.map((v) => (v === null ? 'null' : String(v))).join(', ');
}

/**
 * How a value the user wrote is named in a message: «текст "abc"», «число 5», «список».
 * Long text is cut so that one bad field cannot flood the output.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'ничего';
  if (value === null) return 'пустое значение (null)';
  if (typeof value === 'string') return value.length > 40 ? `текст "${value.slice(0, 40)}…"` : `текст "${value}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? `число ${num(value)}` : `нечисловое значение ${String(value)}`;
  if (typeof value === 'boolean') return `логическое значение ${String(value)}`;
  if (Array.isArray(value)) return 'список';
  if (value instanceof Date) return 'дата';
  if (typeof value === 'object') return 'набор полей (объект)';
  return typeof value;
}

/**
 * Edit distance counting a swap of neighbours as one edit (optimal string alignment), for
 * «возможно, имелось в виду …» on misspelt keys and ids: "rpo" is one edit from "rop".
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The closest candidate if it is close enough to be a typo, else null. */
export function closest(word: string, candidates: ReadonlyArray<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}
