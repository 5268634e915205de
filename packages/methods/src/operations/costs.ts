/**
 * Sharing the costs of a joint action among its participants, equally or pro rata
 * (MarketMakers, 000_83686791654886b8.txt:187). Amounts are in cents so the shares always add up to
 * the total: the cents left by rounding go to the largest remainders (ties to the earlier participant).
 */
export interface CostParticipant {
  id: string;
  /** The basis of a pro-rata share (e.g. volume purchased, employees, stand space). */
  weight?: number;
}

export function shareCosts(
  totalCents: number,
  participants: readonly CostParticipant[],
  mode: 'equal' | 'pro_rata',
): { id: string; cents: number }[] {
  if (!Number.isInteger(totalCents) || totalCents < 0)
    throw new RangeError('total must be whole cents, 0 or more');
  if (participants.length === 0) return [];
  const weights = participants.map((p, i) => {
    if (mode === 'equal') return 1;
    const w = p.weight;
    if (w === undefined || !Number.isFinite(w) || w < 0)
      throw new RangeError(`participant ${i + 1} (${p.id}) needs a weight of 0 or more for a pro-rata share`);
    return w;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError('the weights of a pro-rata share cannot all be 0');
  const exact = weights.map((w) => (totalCents * w) / sum);
  const floors = exact.map(Math.floor);
  let left = totalCents - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return participants.map((p, i) => ({ id: p.id, cents: floors[i]! }));
}
