import type { Catalogue } from './catalogue.js';
import { catalogues as strategyGoals } from './strategy/goals.js';
import { catalogues as strategyActionPlan } from './strategy/action-plan.js';
import { catalogues as strategyDocuments } from './strategy/documents.js';
import { catalogues as organisationGovernance } from './organisation/governance.js';
import { catalogues as organisationStaff } from './organisation/staff.js';
import { catalogues as organisationFinance } from './organisation/finance.js';
import { catalogues as organisationAgreements } from './organisation/agreements.js';
import { catalogues as programmePortfolio } from './programme/portfolio.js';
import { catalogues as programmeCalls } from './programme/calls.js';
import { catalogues as programmePlans } from './programme/plans.js';
import { catalogues as selectionThresholds } from './selection/thresholds.js';
import { catalogues as diagnoseMemberCards } from './diagnose/member-cards.js';
import { catalogues as operationsEvents } from './operations/events.js';
import { catalogues as monitoringEvaluations } from './monitoring/evaluations.js';
import { catalogues as diagnoseNeeds } from './diagnose/needs.js';
import { catalogues as fidelityItems } from './fidelity-items.js';
import { catalogues as monitoringBenchmarking } from './monitoring/benchmarking.js';
import { catalogues as monitoringXlsForms } from './monitoring/xlsforms.js';
import { catalogues as monitoringSurveyMail } from './monitoring/survey-mail.js';
import { catalogues as jobsImports } from './jobs/imports.js';
import { catalogues as jobsSummaries } from './jobs/summaries.js';
import { catalogues as accountMails } from './mail/accounts.js';
import { catalogues as homeReminders } from './home/reminders.js';
import { catalogues as connectPartnerSearch } from './connect/partner-search.js';

/**
 * Catalogues kept beside their module rather than in the one big file per language, so that
 * slices of work do not edit the same lines; merged into en/fr/es by ./index.ts.
 */
const MODULES = [
  strategyGoals,
  strategyActionPlan,
  strategyDocuments,
  organisationGovernance,
  organisationStaff,
  organisationFinance,
  organisationAgreements,
  programmePortfolio,
  programmeCalls,
  programmePlans,
  selectionThresholds,
  diagnoseMemberCards,
  operationsEvents,
  monitoringEvaluations,
  diagnoseNeeds,
  fidelityItems,
  monitoringXlsForms,
  monitoringSurveyMail,
  monitoringBenchmarking,
  jobsImports,
  jobsSummaries,
  accountMails,
  homeReminders,
  connectPartnerSearch,
];

export function withModules(locale: 'en' | 'fr' | 'es', base: Catalogue): Catalogue {
  return MODULES.reduce<Catalogue>(
    (acc, m) => ({
      messages: { ...acc.messages, ...m[locale].messages },
      words: { ...acc.words, ...m[locale].words },
    }),
    base,
  );
}
