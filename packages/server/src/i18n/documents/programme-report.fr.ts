import type { programmeReportEn } from './programme-report.js';

/** See ./programme-report.ts. */
export const programmeReportFr: Record<
  keyof typeof programmeReportEn,
  string | { one: string; other: string }
> = {
  'programmeReport.title': 'Rapport du programme',
  'programmeReport.generated': '{programme}, {date}',
  'programmeReport.intro':
    'Le portefeuille des initiatives de cluster que suit le programme, aux quatre niveaux auxquels rendent compte les bailleurs : le cluster, l’organisation du cluster, l’écosystème national et l’écosystème régional (BID / Compete Caribbean). Seul ce que chaque initiative partage avec le programme y figure.',
  'programmeReport.portfolio': 'Portefeuille',
  'programmeReport.portfolioEmpty': 'Le programme ne suit encore aucune initiative de cluster.',
  'programmeReport.initiativeLine': '{name} — {where} ; partage : {shares}',
  'programmeReport.share.lifecycle': 'cycle de vie',
  'programmeReport.share.indicators': 'indicateurs',
  'programmeReport.share.reports': 'rapports',
  'programmeReport.share.benchmarking': 'benchmarking',
  'programmeReport.nothingShared': 'rien',
  'programmeReport.regional': 'régional ou inconnu',
  'programmeReport.levels': 'Les quatre niveaux d’évaluation',
  'programmeReport.level.cluster': 'Cluster',
  'programmeReport.level.cluster_organisation': 'Organisation du cluster',
  'programmeReport.level.national_ecosystem': 'Écosystème national',
  'programmeReport.level.regional_ecosystem': 'Écosystème régional',
  'programmeReport.levelSummary': {
    one: '{count} indicateur partagé dans {initiatives} initiative(s) : {green} atteint(s), {amber} proche(s), {red} en retard, {none} sans valeur ni cible.',
    other:
      '{count} indicateurs partagés dans {initiatives} initiative(s) : {green} atteint(s), {amber} proche(s), {red} en retard, {none} sans valeur ni cible.',
  },
  'programmeReport.levelNone': 'Aucune initiative ne partage d’indicateur à ce niveau.',
  'programmeReport.indicatorLine':
    '{initiative} : {indicator} — {value} pour une cible de {target} ({period})',
  'programmeReport.noValue': 'pas encore de valeur',
  'programmeReport.funded': 'Initiatives financées',
  'programmeReport.fundedNone': 'Le programme ne finance encore aucune initiative.',
  'programmeReport.fundedLine':
    '{title} — {applicant}, financé le {date} : {awarded} accordés, {disbursed} décaissés, {coInvestment} de cofinancement',
  'programmeReport.byCountry': 'Par pays',
  'programmeReport.countryLine': '{country} : {initiatives} initiative(s), {funded} financée(s)',
  'programmeReport.lightRule':
    'Feux : la dernière valeur face à sa cible ; « proche » signifie un écart d’au plus 10 % du changement prévu (tolérance par défaut de la plateforme).',
};
