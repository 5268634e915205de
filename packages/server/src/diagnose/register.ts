import type { App } from '../http/app-types.js';
import { actorRoutes } from './actors/routes.js';
import { needsRoutes } from './needs/routes.js';
import { stakeholderRoutes } from './stakeholders.routes.js';
import { valueChainRoutes } from './valuechain.routes.js';
import { analysisRoutes } from './analyses.routes.js';
import { memberCardRoutes } from './membercards.routes.js';
import { reportRoutes } from './report/routes.js';
import { assessmentRoutes } from './assessments.routes.js';
import { constraintRoutes } from './constraints.routes.js';

/**
 * The diagnose module (docs/product.md, §2 of methods.md): the actor register (./actors/), the
 * needs ranking (./needs/), stakeholders, the value chain, the analyses (SWOT, Five Forces,
 * Diamond), member cards, the association assessment, constraints, and the diagnostic report
 * (./report/), registered in this order.
 */
export async function registerDiagnose(app: App, prefix: string) {
  await app.register(actorRoutes, { prefix });
  await app.register(needsRoutes, { prefix });
  await app.register(stakeholderRoutes, { prefix });
  await app.register(valueChainRoutes, { prefix });
  await app.register(analysisRoutes, { prefix });
  await app.register(memberCardRoutes, { prefix });
  await app.register(reportRoutes, { prefix });
  await app.register(assessmentRoutes, { prefix });
  await app.register(constraintRoutes, { prefix });
}
