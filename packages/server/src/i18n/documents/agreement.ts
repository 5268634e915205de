/**
 * The words of the membership / cooperation agreement, the trial partnership declaration, the MoU
 * (issue 14; GIZ 001:2497–2516; MarketMakers 000:137) and the business plan (MarketMakers step 5,
 * 000:137), spread into en.ts, fr.ts and es.ts. Part and sub-point titles are the GIZ guide's words
 * (001:2516); the clauses are the platform's own wording, a template to be checked by a lawyer.
 */
export const agreementEn = {
  'agreement.title.membership': 'Membership / cooperation agreement',
  'agreement.title.trial': 'Declaration of intent — trial partnership',
  'agreement.title.mou': 'Memorandum of understanding',
  'agreement.template':
    'TEMPLATE — the clauses are Agglomera’s own wording, not legal advice: have them checked by a lawyer before anyone signs.',
  'agreement.source':
    'Structure: the possible structure of a membership / cooperation agreement of the GIZ cluster guide.',
  'agreement.sourceTrial': 'After the trial partnerships of the GIZ cluster guide.',
  'agreement.sourceMou': 'After the MarketMakers guide: an MoU on the initial service offering.',
  'agreement.between': 'Between {organisation} (the cluster organisation) and {partner} (the partner)',
  'agreement.partner': '[name of the partner]',
  'agreement.unset': '[to be completed]',
  'agreement.signature.organisation': 'For the cluster organisation',
  'agreement.signature.partner': 'For the partner',
  'agreement.signature.line': 'Place, date, signature',
  'agreement.part.preamble': 'Preamble',
  'agreement.part.cooperation': 'Cooperation',
  'agreement.part.fee': 'Cooperation Fee',
  'agreement.part.information': 'Information on Company',
  'agreement.part.term': 'Contract term',
  'agreement.part.trademark': 'Cluster Trademark',
  'agreement.part.liability': 'Liability',
  'agreement.part.data': 'Data safety and protection',
  'agreement.part.law': 'Applicable law, contract language',
  'agreement.part.mediation': 'Mediation Clause',
  'agreement.part.arbitration': 'Arbitration Proceedings',
  'agreement.part.court': 'Court of Jurisdiction',
  'agreement.part.other': 'Other Provisions',
  'agreement.point.cooperation.cooperation': 'Cooperation',
  'agreement.point.cooperation.services': 'Cluster Services',
  'agreement.point.fee.amount': 'Fee amount',
  'agreement.point.fee.dueDate': 'Due date',
  'agreement.point.fee.default': 'Default in payment',
  'agreement.point.information.obligation': 'Information obligation',
  'agreement.point.information.control': 'Control rights',
  'agreement.point.information.disclosure': 'Disclosure statement',
  'agreement.point.term.indefinite': 'Indefinite',
  'agreement.point.term.regular': 'Regular contract termination',
  'agreement.point.term.extraordinary': 'Extraordinary contract termination',
  'agreement.point.term.relationships': 'Legal relationships on termination of contract',
  'agreement.point.trademark.right': 'Right of use and commercialisation',
  'agreement.point.trademark.use': 'Use of trademark',
  'agreement.point.trademark.after': 'Use of trademark after termination of contract',
  'agreement.point.liability.success': 'Liability for success, guarantee, damages',
  'agreement.point.liability.disclaimer': 'Disclaimer of Liability',
  'agreement.point.data.processing': 'Data processing',
  'agreement.point.data.consent': 'Consent',
  'agreement.point.data.access': 'Protection of access data',
  'agreement.point.data.use': 'Use of data',
  'agreement.point.mediation.obligation': 'Mediation obligation',
  'agreement.point.mediation.mediator': 'Mediator',
  'agreement.point.mediation.arbitration': 'Arbitration proceedings',
  'agreement.point.arbitration.jurisdiction': 'Arbitration tribunal jurisdiction',
  'agreement.point.arbitration.referral': 'Referral to arbitration tribunal',
  'agreement.point.arbitration.arbitrator': 'Appointment of arbitrator',
  'agreement.point.arbitration.chairman': 'Appointment of the chairman of arbitration tribunal',
  'agreement.point.arbitration.joint': 'Joint arbitrator',
  'agreement.point.arbitration.replacement': 'Appointment of replacement arbitrator',
  'agreement.point.arbitration.venue': 'Venue',
  'agreement.point.arbitration.proceedings': 'Proceedings',
  'agreement.point.arbitration.law': 'Applicable law',
  'agreement.point.arbitration.place': 'Place of jurisdiction',
  'agreement.point.other.amendments': 'Amendments',
  'agreement.point.other.severability': 'Severability clause',
  'agreement.clause.preamble':
    '{organisation} and {partner} wish to work together within the cluster for the development of its members and of the region. They agree as follows.',
  'agreement.clause.cooperation.cooperation':
    'The partner takes part in the activities and working groups of the cluster; the cluster organisation coordinates the cooperation.',
  'agreement.clause.cooperation.services':
    'The cluster organisation offers the partner these services: {services}.',
  'agreement.clause.fee.amount': 'The partner pays a cooperation fee of {amount} ({category}, {period}).',
  'agreement.clause.fee.dueDate': 'The fee is due within {days} days of the invoice.',
  'agreement.clause.fee.default':
    'If the fee is not paid when due, the cluster organisation sends a reminder and may suspend its services until payment.',
  'agreement.clause.information.obligation':
    'The partner tells the cluster organisation of changes to its company’s details that matter for the cooperation.',
  'agreement.clause.information.control':
    'The cluster organisation may ask for evidence of the information given, as far as the law allows.',
  'agreement.clause.information.disclosure':
    'The partner agrees to disclose this business information: {information}.',
  'agreement.clause.term.indefinite': 'The agreement runs for an indefinite term from its signature.',
  'agreement.clause.term.fixed':
    'The agreement runs for {months} months from its signature and is renewed for the same term unless it is terminated.',
  'agreement.clause.term.regular': 'Either party may terminate the agreement with {notice} months’ notice.',
  'agreement.clause.term.extraordinary':
    'Either party may terminate the agreement without notice for good cause.',
  'agreement.clause.term.relationships':
    'On termination, fees due up to the end date remain payable and each party returns or deletes the other’s confidential information.',
  'agreement.clause.trademark.right':
    'The cluster organisation holds the right of use and commercialisation of the cluster trademark.',
  'agreement.clause.trademark.use.allowed':
    'The partner may use the cluster trademark to show its membership.',
  'agreement.clause.trademark.use.with_approval':
    'The partner may use the cluster trademark after the cluster organisation has approved each use in writing.',
  'agreement.clause.trademark.use.not_allowed': 'The partner may not use the cluster trademark.',
  'agreement.clause.trademark.after': 'After termination, the partner stops using the cluster trademark.',
  'agreement.clause.liability.success':
    'The cluster organisation does not guarantee business success; each party is liable for damage it causes intentionally or by gross negligence.',
  'agreement.clause.liability.disclaimer': 'Beyond this, liability is excluded as far as the law allows.',
  'agreement.clause.data.processing':
    'The cluster organisation processes the partner’s data for the cooperation only, under {regime}.',
  'agreement.clause.data.consent':
    'The partner consents to this processing and may withdraw its consent at any time.',
  'agreement.clause.data.access': 'Each party keeps its access data to the cluster’s platforms confidential.',
  'agreement.clause.data.use': 'Data is not passed to third parties without the partner’s consent.',
  'agreement.clause.law': 'The agreement is governed by {law}. The contract language is {language}.',
  'agreement.clause.mediation.obligation.yes':
    'Before going to a tribunal or court, the parties try to settle a dispute through mediation.',
  'agreement.clause.mediation.obligation.no': 'The parties have not agreed to mediation.',
  'agreement.clause.mediation.mediator': 'The mediator is {mediator}.',
  'agreement.clause.mediation.arbitration.yes':
    'If mediation fails, the dispute goes to arbitration (part XI).',
  'agreement.clause.mediation.arbitration.no':
    'If mediation fails, the dispute goes to the court of part XII.',
  'agreement.clause.arbitration.no':
    'The parties have not agreed to arbitration; disputes go to the court of part XII.',
  'agreement.clause.arbitration.rules':
    'As the rules of the arbitration tribunal the parties choose provide.',
  'agreement.clause.arbitration.venue': 'The arbitration takes place in {venue}.',
  'agreement.clause.arbitration.law': 'The tribunal applies {law}.',
  'agreement.clause.court': 'The court of jurisdiction is {court}.',
  'agreement.clause.other.amendments':
    'Amendments to this agreement are made in writing and signed by both parties.',
  'agreement.clause.other.severability':
    'If a provision is invalid, the others remain valid and the parties replace it by a valid one closest to its purpose.',
  'agreement.trial.text':
    '{partner} declares its intent to cooperate within the cluster coordinated by {organisation}. This declaration commits it only to disclosing this business information: {information}.',
  'agreement.trial.noOther':
    'It creates no other obligation: no fee is due and no exclusive service is owed before a membership agreement is signed.',
  'agreement.mou.text':
    'The undersigned intend to cooperate as a cluster and to provide together this initial service offering: {services}.',
  'agreement.mou.noObligation':
    'This memorandum records a shared intention; it creates no obligation to pay.',

  'businessPlan.title': 'Business plan',
  'businessPlan.subtitle': '{organisation} · {date}',
  'businessPlan.source': 'Assembled after step 5 of the MarketMakers guide, validation of the business plan.',
  'businessPlan.notRecorded': 'Not yet recorded.',
  'businessPlan.section.canvas': 'Cluster business canvas',
  'businessPlan.section.strategy': 'Strategy',
  'businessPlan.section.services': 'Services',
  'businessPlan.section.organisation': 'Organisation and governance',
  'businessPlan.section.staff': 'Staff',
  'businessPlan.section.finance': 'Financial plan',
  'businessPlan.canvasVersion': 'Version {version} of {date}',
  'businessPlan.vision': 'Vision',
  'businessPlan.objective': 'Objective',
  'businessPlan.initiative': 'Initiative',
  'businessPlan.measure': 'Measure',
  'businessPlan.service.included': 'included in the fee',
  'businessPlan.service.paid': 'members {member}, others {other}',
  'businessPlan.profile': 'Driver: {driver}; implementation: {shape}; {formality}',
  'businessPlan.legalForm': 'Legal form: {form}, decided on {date}. {reasons}',
  'businessPlan.body': '{name}: {seats} seats',
  'businessPlan.decidesApplications': 'decides on membership applications',
  'businessPlan.position': '{title} — {fte} FTE, {holder}',
  'businessPlan.vacant': 'vacant',
  'businessPlan.fteTotal': 'Total: {fte} FTE',
  'businessPlan.team': 'Team qualification score: {score}',
  'businessPlan.plan':
    '{title} ({status}): {months} months from {start}, {currency}, opening balance {opening}',
  'businessPlan.lowest': 'Lowest closing balance: {lowest}',
  'businessPlan.firstGap': 'First month below zero: month {month}',
  'businessPlan.noGap': 'No month closes below zero.',
  'businessPlan.mix': 'Financing mix',
  'businessPlan.publicPrivate': 'Public {public}, private {private} of {total}',
  'businessPlan.source.baseline_public': 'Baseline public funding',
  'businessPlan.source.membership_fees': 'Membership fees',
  'businessPlan.source.service_fees': 'Service fees',
  'businessPlan.source.sponsoring': 'Sponsoring',
  'businessPlan.source.projects': 'Projects',
  'businessPlan.costs': 'Planned expenditure by category',
  'businessPlan.chart.income': 'Income',
  'businessPlan.chart.expenditure': 'Expenditure',
  'businessPlan.chart.closing': 'Closing balance',
  'businessPlan.chart.liquidity': 'Income, expenditure and closing balance by month ({currency})',
  'businessPlan.chart.mix': 'Share of planned income by source',
  'businessPlan.category.personnel': 'Personnel',
  'businessPlan.category.rent': 'Rent',
  'businessPlan.category.operating_supplies': 'Operating supplies',
  'businessPlan.category.equipment': 'Equipment',
  'businessPlan.category.start_up': 'Formation and start-up costs',
  'businessPlan.category.other': 'Others',
  'businessPlan.status.draft': 'draft',
  'businessPlan.status.agreed': 'agreed',
  'businessPlan.status.superseded': 'superseded',
} as const;
