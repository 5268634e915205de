import type { FundedInitiative } from './funding.service.js';
import type { SharedIndicator } from './portfolio.service.js';

/**
 * The programme's IATI export (issue 15, item 8): an IATI 2.03 file with one activity per funded
 * initiative, in the elements the initiative's own export writes (../monitoring/iati.ts) so that it
 * is valid against the platform's subset schema and the official one. The funder reports (reporting
 * org, participating org role 1 funding), the applicant implements (role 4); the grant's figures are
 * said in the description (the subset has no budget or transaction); the results are the indicators
 * the initiative shares with the programme, when it shares them.
 *
 * Codes (IATI codelists): ResultType 1 output, 2 outcome, 3 impact, 9 other; IndicatorMeasure 1 unit,
 * 2 percentage; ActivityStatus 2 implementation, 3 finalisation (every tranche released);
 * ActivityDateType 2 actual start; OrganisationRole 1 funding, 4 implementing.
 */
export interface ProgrammeIatiInput {
  programme: { id: string; name: string };
  funded: FundedInitiative[];
  /** The indicators each followed initiative shares with the programme, by initiative id. */
  indicators: Map<string, SharedIndicator[]>;
  reportingOrgRef?: string;
  reportingOrgType?: string;
  now?: Date;
}

const RESULT_TYPE: Record<string, string> = {
  inputs: '9',
  activities: '9',
  outputs: '1',
  outcomes: '2',
  impact: '3',
};
const x = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
const narrative = (text: string) => `<narrative>${x(text)}</narrative>`;
const money = (v: number, currency: string) =>
  `${currency} ${v.toLocaleString('en', { maximumFractionDigits: 2 })}`;

function indicatorXml(i: SharedIndicator) {
  const ps = i.periods.filter((p) => p.target !== null || p.value !== null);
  const ascending = !(
    i.baselineValue !== null && ps.some((p) => p.target !== null && p.target < i.baselineValue!)
  );
  const year = (i.baselineDate ?? i.periods[0]?.startsOn ?? '').slice(0, 4);
  return [
    `<indicator measure="${i.unit === 'percentage' ? '2' : '1'}" ascending="${ascending ? '1' : '0'}">`,
    `<title>${narrative(i.name)}</title>`,
    i.definition.trim() ? `<description>${narrative(i.definition)}</description>` : '',
    i.baselineValue !== null && /^\d{4}$/.test(year) && Number(year) > 0
      ? `<baseline year="${year}" value="${i.baselineValue}"/>`
      : '',
    ...ps.map(
      (p) =>
        `<period><period-start iso-date="${p.startsOn}"/><period-end iso-date="${p.endsOn}"/>${
          p.target !== null ? `<target value="${p.target}"/>` : ''
        }${p.value !== null ? `<actual value="${p.value}"/>` : ''}</period>`,
    ),
    '</indicator>',
  ].join('');
}

function resultsXml(indicators: SharedIndicator[]) {
  const out: string[] = [];
  for (const level of Object.keys(RESULT_TYPE)) {
    const inds = indicators.filter((i) => i.level === level);
    if (inds.length)
      out.push(
        `<result type="${RESULT_TYPE[level]}" aggregation-status="0"><title>${narrative(
          `${level[0]!.toUpperCase()}${level.slice(1)}`,
        )}</title>${inds.map(indicatorXml).join('')}</result>`,
      );
  }
  return out;
}

/** The IATI file; at least one funded initiative (an IATI file holds at least one activity). */
export function programmeIatiXml(o: ProgrammeIatiInput): string {
  if (!o.funded.length) throw new RangeError('An IATI file needs at least one activity');
  const now = o.now ?? new Date();
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const orgRef = o.reportingOrgRef?.trim() || `AGGLOMERA-${o.programme.id}`;
  const orgType = o.reportingOrgType ?? '90';
  const activities = o.funded.map((f) => {
    const released = f.tranches.length > 0 && f.tranches.every((t) => t.status === 'released');
    const description =
      `Cluster development plan "${f.title}" of ${f.applicant.name}, funded by ${o.programme.name} on ${f.fundedOn.slice(0, 10)}: ` +
      `${money(f.awarded, f.currency)} awarded, ${money(f.disbursed, f.currency)} disbursed, ` +
      `${money(f.coInvestment, f.currency)} co-investment recorded. Exported from Agglomera.`;
    return [
      `<iati-activity last-updated-datetime="${stamp}" xml:lang="en" default-currency="${x(f.currency)}">`,
      `<iati-identifier>${x(`${orgRef}-${f.planId}`)}</iati-identifier>`,
      `<reporting-org ref="${x(orgRef)}" type="${x(orgType)}">${narrative(o.programme.name)}</reporting-org>`,
      `<title>${narrative(f.title)}</title>`,
      `<description>${narrative(description)}</description>`,
      `<participating-org role="1">${narrative(o.programme.name)}</participating-org>`,
      `<participating-org role="4">${narrative(f.applicant.name)}</participating-org>`,
      `<activity-status code="${released ? '3' : '2'}"/>`,
      `<activity-date iso-date="${f.fundedOn.slice(0, 10)}" type="2"/>`,
      ...(f.initiativeId ? resultsXml(o.indicators.get(f.initiativeId) ?? []) : []),
      '</iati-activity>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<iati-activities version="2.03" generated-datetime="${stamp}">`,
    ...activities,
    '</iati-activities>',
    '',
  ].join('\n');
}
