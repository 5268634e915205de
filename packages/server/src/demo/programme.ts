import type { Database } from '../db/database.js';
import { DEMO_APPLICANTS, type DemoProgrammeIds } from './programme-ids.js';
import { loadDemoProgrammeSurvey } from './programme-survey.js';
import { loadDemoCalls } from './programme-calls.js';
import { loadDemoPlans } from './programme-plans.js';
import { loadDemoPortfolio } from './programme-portfolio.js';

/**
 * The demo programme follows its call through (issue 15, item 9), after IDB / Compete Caribbean's
 * programme (003:263–316): the register of applicant organisations, then the call, its applications,
 * assessment and selection and the training cohort (calls slice), the cluster development plans
 * pitched to two panels in three rounds, several funded, one on tranches (plans slice), and the
 * portfolio reading what the demo initiative shares (portfolio slice).
 */
export async function loadDemoProgramme(db: Database, ids: DemoProgrammeIds): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({ country: 'LC', sector: 'Agro-food processing', latitude: 13.91, longitude: -60.98 })
    .where('id', '=', ids.initiative)
    .execute();
  await db
    .insertInto('programme_applicants')
    .values(
      DEMO_APPLICANTS.map((a) => ({
        id: a.id,
        programme_id: ids.programme,
        name: a.name,
        short_name: a.short,
        country: a.country,
        type: a.type,
        initiative_id: a.short === 'Lakeside' ? ids.initiative : null,
        created_by: ids.officer,
      })),
    )
    .execute();
  await loadDemoCalls(db, ids);
  await loadDemoPlans(db, ids);
  await loadDemoPortfolio(db, ids);
  await loadDemoProgrammeSurvey(db, ids);
}
