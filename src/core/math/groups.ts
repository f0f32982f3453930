/**
 * Groups under a position with several seats (profile-v2.md): the people reporting to a team
 * lead with headcount N are split into N groups of equal size, the remainder going to the first.
 */

/** Sizes of the groups, first to last: 16 people under 3 leads → [6, 5, 5]. */
export function groupSizes(people: number, leads: number): number[] {
  if (leads <= 1) return [people];
  const base = Math.floor(people / leads);
  const extra = people % leads;
  return Array.from({ length: leads }, (_, i) => base + (i < extra ? 1 : 0));
}
