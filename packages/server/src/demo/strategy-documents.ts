import type { Database } from '../db/database.js';
import type { DemoStrategyIds } from './strategy.js';

/** Reserved for its slice of the strategy module's demo (issue 13). */
export async function loadDemoStrategyDocuments(_db: Database, _ids: DemoStrategyIds): Promise<void> {}
