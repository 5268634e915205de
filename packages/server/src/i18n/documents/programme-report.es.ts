import type { programmeReportEn } from './programme-report.js';

/** See ./programme-report.ts. */
export const programmeReportEs: Record<
  keyof typeof programmeReportEn,
  string | { one: string; other: string }
> = {
  'programmeReport.title': 'Informe del programa',
  'programmeReport.generated': '{programme}, {date}',
  'programmeReport.intro':
    'La cartera de iniciativas de clúster que sigue el programa, en los cuatro niveles en los que informan los financiadores: el clúster, la organización del clúster, el ecosistema nacional y el regional (BID / Compete Caribbean). Solo figura lo que cada iniciativa comparte con el programa.',
  'programmeReport.portfolio': 'Cartera',
  'programmeReport.portfolioEmpty': 'El programa aún no sigue ninguna iniciativa de clúster.',
  'programmeReport.initiativeLine': '{name} — {where}; comparte: {shares}',
  'programmeReport.share.lifecycle': 'ciclo de vida',
  'programmeReport.share.indicators': 'indicadores',
  'programmeReport.share.reports': 'informes',
  'programmeReport.share.benchmarking': 'benchmarking',
  'programmeReport.nothingShared': 'nada',
  'programmeReport.regional': 'regional o desconocido',
  'programmeReport.levels': 'Los cuatro niveles de evaluación',
  'programmeReport.level.cluster': 'Clúster',
  'programmeReport.level.cluster_organisation': 'Organización del clúster',
  'programmeReport.level.national_ecosystem': 'Ecosistema nacional',
  'programmeReport.level.regional_ecosystem': 'Ecosistema regional',
  'programmeReport.levelSummary': {
    one: '{count} indicador compartido en {initiatives} iniciativa(s): {green} alcanzado(s), {amber} cerca, {red} atrasado(s), {none} sin valor ni meta.',
    other:
      '{count} indicadores compartidos en {initiatives} iniciativa(s): {green} alcanzado(s), {amber} cerca, {red} atrasado(s), {none} sin valor ni meta.',
  },
  'programmeReport.levelNone': 'Ninguna iniciativa comparte indicadores en este nivel.',
  'programmeReport.indicatorLine':
    '{initiative}: {indicator} — {value} frente a una meta de {target} ({period})',
  'programmeReport.noValue': 'aún sin valor',
  'programmeReport.funded': 'Iniciativas financiadas',
  'programmeReport.fundedNone': 'El programa aún no financia ninguna iniciativa.',
  'programmeReport.fundedLine':
    '{title} — {applicant}, financiado el {date}: {awarded} otorgados, {disbursed} desembolsados, {coInvestment} de cofinanciación',
  'programmeReport.byCountry': 'Por país',
  'programmeReport.countryLine': '{country}: {initiatives} iniciativa(s), {funded} financiada(s)',
  'programmeReport.lightRule':
    'Semáforos: el último valor frente a su meta; «cerca» significa un déficit de como máximo el 10 % del cambio previsto (tolerancia por defecto de la plataforma).',
};
