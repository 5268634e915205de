/** Document words of slice A (the programme report, prefix programmeReport.), spread into en.ts, fr.ts and es.ts (docs/programme.md). */
export const programmeReportEn = {
  'programmeReport.title': 'Programme report',
  'programmeReport.generated': '{programme}, {date}',
  'programmeReport.intro':
    'The portfolio of cluster initiatives the programme follows, at the four levels funders report at: the cluster, the cluster organisation, the national and the regional ecosystem (IDB / Compete Caribbean). Only what each initiative shares with the programme is reported.',
  'programmeReport.portfolio': 'Portfolio',
  'programmeReport.portfolioEmpty': 'The programme follows no cluster initiative yet.',
  'programmeReport.initiativeLine': '{name} — {where}; shares: {shares}',
  'programmeReport.share.lifecycle': 'lifecycle',
  'programmeReport.share.indicators': 'indicators',
  'programmeReport.share.reports': 'reports',
  'programmeReport.share.benchmarking': 'benchmarking',
  'programmeReport.nothingShared': 'nothing',
  'programmeReport.regional': 'regional or unknown',
  'programmeReport.levels': 'The four evaluation levels',
  'programmeReport.level.cluster': 'Cluster',
  'programmeReport.level.cluster_organisation': 'Cluster organisation',
  'programmeReport.level.national_ecosystem': 'National ecosystem',
  'programmeReport.level.regional_ecosystem': 'Regional ecosystem',
  'programmeReport.levelSummary': {
    one: '{count} shared indicator in {initiatives} initiative(s): {green} on target, {amber} close, {red} off target, {none} without value or target.',
    other:
      '{count} shared indicators in {initiatives} initiative(s): {green} on target, {amber} close, {red} off target, {none} without value or target.',
  },
  'programmeReport.levelNone': 'No initiative shares an indicator at this level.',
  'programmeReport.indicatorLine':
    '{initiative}: {indicator} — {value} against a target of {target} ({period})',
  'programmeReport.noValue': 'no value yet',
  'programmeReport.funded': 'Funded initiatives',
  'programmeReport.fundedNone': 'The programme funds no initiative yet.',
  'programmeReport.fundedLine':
    '{title} — {applicant}, funded on {date}: {awarded} awarded, {disbursed} disbursed, {coInvestment} co-investment',
  'programmeReport.byCountry': 'By country',
  'programmeReport.countryLine': '{country}: {initiatives} initiative(s), {funded} funded',
  'programmeReport.lightRule':
    'Traffic lights: the latest value against its target; close means a shortfall of at most 10 % of the planned change (the platform’s default tolerance).',
} as const satisfies Record<string, string | { one: string; other: string }>;
