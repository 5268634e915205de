import type { Database } from '../db/database.js';

/**
 * What the business plan reads of the money plan (issue 14; contract in docs/organisation.md): the
 * current financial plan (the agreed one, else the newest draft), its liquidity line and financing
 * mix. Filled in by the staff and finance slice.
 */
export interface FinancialSummary {
  plan: {
    id: string;
    title: string;
    startMonth: string;
    months: number;
    currency: string;
    opening: number;
    status: string;
  } | null;
  /** liquidityPlan's result over the plan's months. */
  liquidity: { closing: number[]; lowest: number; firstGap: number | null } | null;
  /** financingMix's result over the plan's income lines. */
  mix: {
    total: number;
    shares: Record<string, number>;
    publicShare: number;
    privateShare: number;
  } | null;
  /** Planned expenditure by cost category over the plan. */
  costsByCategory: Record<string, number>;
}

export async function getFinancialSummary(_db: Database, _workspaceId: string): Promise<FinancialSummary> {
  return { plan: null, liquidity: null, mix: null, costsByCategory: {} };
}
