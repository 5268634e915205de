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
} as const;
export const agreementFr: Record<keyof typeof agreementEn, string> = {
  'agreement.title.membership': 'Convention d’adhésion / de coopération',
  'agreement.title.trial': 'Déclaration d’intention — partenariat à l’essai',
  'agreement.title.mou': 'Protocole d’accord',
  'agreement.template':
    'MODÈLE — les clauses sont rédigées par Agglomera, ce ne sont pas des conseils juridiques\u00a0: faites-les vérifier par un juriste avant toute signature.',
  'agreement.source':
    'Structure\u00a0: la structure possible d’une convention d’adhésion / de coopération du guide des clusters de la GIZ.',
  'agreement.sourceTrial': 'D’après les partenariats à l’essai du guide des clusters de la GIZ.',
  'agreement.sourceMou':
    'D’après le guide MarketMakers\u00a0: un protocole d’accord sur l’offre de services initiale.',
  'agreement.between': 'Entre {organisation} (l’organisation du cluster) et {partner} (le partenaire)',
  'agreement.partner': '[nom du partenaire]',
  'agreement.unset': '[à compléter]',
  'agreement.signature.organisation': 'Pour l’organisation du cluster',
  'agreement.signature.partner': 'Pour le partenaire',
  'agreement.signature.line': 'Lieu, date, signature',
  'agreement.part.preamble': 'Préambule',
  'agreement.part.cooperation': 'Coopération',
  'agreement.part.fee': 'Cotisation de coopération',
  'agreement.part.information': 'Informations sur l’entreprise',
  'agreement.part.term': 'Durée du contrat',
  'agreement.part.trademark': 'Marque du cluster',
  'agreement.part.liability': 'Responsabilité',
  'agreement.part.data': 'Sécurité et protection des données',
  'agreement.part.law': 'Droit applicable, langue du contrat',
  'agreement.part.mediation': 'Clause de médiation',
  'agreement.part.arbitration': 'Procédure d’arbitrage',
  'agreement.part.court': 'Tribunal compétent',
  'agreement.part.other': 'Autres dispositions',
  'agreement.point.cooperation.cooperation': 'Coopération',
  'agreement.point.cooperation.services': 'Services du cluster',
  'agreement.point.fee.amount': 'Montant de la cotisation',
  'agreement.point.fee.dueDate': 'Date d’échéance',
  'agreement.point.fee.default': 'Défaut de paiement',
  'agreement.point.information.obligation': 'Obligation d’information',
  'agreement.point.information.control': 'Droits de contrôle',
  'agreement.point.information.disclosure': 'Déclaration de divulgation',
  'agreement.point.term.indefinite': 'Durée indéterminée',
  'agreement.point.term.regular': 'Résiliation ordinaire du contrat',
  'agreement.point.term.extraordinary': 'Résiliation extraordinaire du contrat',
  'agreement.point.term.relationships': 'Relations juridiques à la fin du contrat',
  'agreement.point.trademark.right': 'Droit d’usage et de commercialisation',
  'agreement.point.trademark.use': 'Usage de la marque',
  'agreement.point.trademark.after': 'Usage de la marque après la fin du contrat',
  'agreement.point.liability.success': 'Responsabilité quant au succès, garantie, dommages',
  'agreement.point.liability.disclaimer': 'Exclusion de responsabilité',
  'agreement.point.data.processing': 'Traitement des données',
  'agreement.point.data.consent': 'Consentement',
  'agreement.point.data.access': 'Protection des données d’accès',
  'agreement.point.data.use': 'Utilisation des données',
  'agreement.point.mediation.obligation': 'Obligation de médiation',
  'agreement.point.mediation.mediator': 'Médiateur',
  'agreement.point.mediation.arbitration': 'Procédure d’arbitrage',
  'agreement.point.arbitration.jurisdiction': 'Compétence du tribunal arbitral',
  'agreement.point.arbitration.referral': 'Saisine du tribunal arbitral',
  'agreement.point.arbitration.arbitrator': 'Désignation de l’arbitre',
  'agreement.point.arbitration.chairman': 'Désignation du président du tribunal arbitral',
  'agreement.point.arbitration.joint': 'Arbitre commun',
  'agreement.point.arbitration.replacement': 'Désignation d’un arbitre remplaçant',
  'agreement.point.arbitration.venue': 'Lieu',
  'agreement.point.arbitration.proceedings': 'Procédure',
  'agreement.point.arbitration.law': 'Droit applicable',
  'agreement.point.arbitration.place': 'Juridiction compétente',
  'agreement.point.other.amendments': 'Modifications',
  'agreement.point.other.severability': 'Clause de divisibilité',
  'agreement.clause.preamble':
    '{organisation} et {partner} souhaitent coopérer au sein du cluster pour le développement de ses membres et de la région. Ils conviennent de ce qui suit.',
  'agreement.clause.cooperation.cooperation':
    'Le partenaire participe aux activités et aux groupes de travail du cluster\u00a0; l’organisation du cluster coordonne la coopération.',
  'agreement.clause.cooperation.services':
    'L’organisation du cluster offre au partenaire ces services\u00a0: {services}.',
  'agreement.clause.fee.amount':
    'Le partenaire verse une cotisation de coopération de {amount} ({category}, {period}).',
  'agreement.clause.fee.dueDate': 'La cotisation est due dans les {days} jours suivant la facture.',
  'agreement.clause.fee.default':
    'Si la cotisation n’est pas payée à l’échéance, l’organisation du cluster envoie un rappel et peut suspendre ses services jusqu’au paiement.',
  'agreement.clause.information.obligation':
    'Le partenaire informe l’organisation du cluster des changements de ses données d’entreprise utiles à la coopération.',
  'agreement.clause.information.control':
    'L’organisation du cluster peut demander des justificatifs des informations données, dans les limites de la loi.',
  'agreement.clause.information.disclosure':
    'Le partenaire accepte de communiquer ces informations commerciales\u00a0: {information}.',
  'agreement.clause.term.indefinite':
    'La convention est conclue pour une durée indéterminée à compter de sa signature.',
  'agreement.clause.term.fixed':
    'La convention est conclue pour {months} mois à compter de sa signature et se renouvelle pour la même durée sauf résiliation.',
  'agreement.clause.term.regular':
    'Chaque partie peut résilier la convention avec un préavis de {notice} mois.',
  'agreement.clause.term.extraordinary':
    'Chaque partie peut résilier la convention sans préavis pour motif grave.',
  'agreement.clause.term.relationships':
    'À la fin du contrat, les cotisations dues jusqu’à cette date restent exigibles et chaque partie restitue ou supprime les informations confidentielles de l’autre.',
  'agreement.clause.trademark.right':
    'L’organisation du cluster détient le droit d’usage et de commercialisation de la marque du cluster.',
  'agreement.clause.trademark.use.allowed':
    'Le partenaire peut utiliser la marque du cluster pour montrer son adhésion.',
  'agreement.clause.trademark.use.with_approval':
    'Le partenaire peut utiliser la marque du cluster après accord écrit de l’organisation du cluster pour chaque usage.',
  'agreement.clause.trademark.use.not_allowed': 'Le partenaire ne peut pas utiliser la marque du cluster.',
  'agreement.clause.trademark.after':
    'Après la fin du contrat, le partenaire cesse d’utiliser la marque du cluster.',
  'agreement.clause.liability.success':
    'L’organisation du cluster ne garantit aucun succès commercial\u00a0; chaque partie répond des dommages qu’elle cause intentionnellement ou par faute grave.',
  'agreement.clause.liability.disclaimer':
    'Au-delà, la responsabilité est exclue dans les limites de la loi.',
  'agreement.clause.data.processing':
    'L’organisation du cluster traite les données du partenaire pour la seule coopération, selon {regime}.',
  'agreement.clause.data.consent':
    'Le partenaire consent à ce traitement et peut retirer son consentement à tout moment.',
  'agreement.clause.data.access':
    'Chaque partie garde confidentielles ses données d’accès aux plateformes du cluster.',
  'agreement.clause.data.use':
    'Les données ne sont pas transmises à des tiers sans le consentement du partenaire.',
  'agreement.clause.law': 'La convention est régie par {law}. La langue du contrat est {language}.',
  'agreement.clause.mediation.obligation.yes':
    'Avant de saisir un tribunal, les parties tentent de régler un différend par la médiation.',
  'agreement.clause.mediation.obligation.no': 'Les parties ne sont pas convenues d’une médiation.',
  'agreement.clause.mediation.mediator': 'Le médiateur est {mediator}.',
  'agreement.clause.mediation.arbitration.yes':
    'Si la médiation échoue, le différend est soumis à l’arbitrage (partie XI).',
  'agreement.clause.mediation.arbitration.no':
    'Si la médiation échoue, le différend est porté devant le tribunal de la partie XII.',
  'agreement.clause.arbitration.no':
    'Les parties ne sont pas convenues d’un arbitrage\u00a0; les différends sont portés devant le tribunal de la partie XII.',
  'agreement.clause.arbitration.rules': 'Selon le règlement du tribunal arbitral choisi par les parties.',
  'agreement.clause.arbitration.venue': 'L’arbitrage a lieu à {venue}.',
  'agreement.clause.arbitration.law': 'Le tribunal applique {law}.',
  'agreement.clause.court': 'Le tribunal compétent est {court}.',
  'agreement.clause.other.amendments':
    'Toute modification de la convention est faite par écrit et signée des deux parties.',
  'agreement.clause.other.severability':
    'Si une disposition est invalide, les autres restent valables et les parties la remplacent par une disposition valable la plus proche de son objet.',
  'agreement.trial.text':
    '{partner} déclare son intention de coopérer au sein du cluster coordonné par {organisation}. Cette déclaration l’engage seulement à communiquer ces informations commerciales\u00a0: {information}.',
  'agreement.trial.noOther':
    'Elle ne crée aucune autre obligation\u00a0: aucune cotisation n’est due et aucun service exclusif n’est dû avant la signature d’une convention d’adhésion.',
  'agreement.mou.text':
    'Les soussignés entendent coopérer en cluster et fournir ensemble cette offre de services initiale\u00a0: {services}.',
  'agreement.mou.noObligation':
    'Ce protocole consigne une intention commune\u00a0; il ne crée aucune obligation de paiement.',

  'businessPlan.title': 'Plan d’affaires',
  'businessPlan.subtitle': '{organisation} · {date}',
  'businessPlan.source':
    'Assemblé d’après l’étape 5 du guide MarketMakers, la validation du plan d’affaires.',
  'businessPlan.notRecorded': 'Pas encore enregistré.',
  'businessPlan.section.canvas': 'Canevas d’affaires du cluster',
  'businessPlan.section.strategy': 'Stratégie',
  'businessPlan.section.services': 'Services',
  'businessPlan.section.organisation': 'Organisation et gouvernance',
  'businessPlan.section.staff': 'Personnel',
  'businessPlan.section.finance': 'Plan financier',
  'businessPlan.canvasVersion': 'Version {version} du {date}',
  'businessPlan.vision': 'Vision',
  'businessPlan.objective': 'Objectif',
  'businessPlan.initiative': 'Initiative',
  'businessPlan.measure': 'Mesure',
  'businessPlan.service.included': 'compris dans la cotisation',
  'businessPlan.service.paid': 'membres {member}, autres {other}',
  'businessPlan.profile': 'Moteur\u00a0: {driver}\u00a0; mise en œuvre\u00a0: {shape}\u00a0; {formality}',
  'businessPlan.legalForm': 'Forme juridique\u00a0: {form}, décidée le {date}. {reasons}',
  'businessPlan.body': '{name}\u00a0: {seats} sièges',
  'businessPlan.decidesApplications': 'décide des demandes d’adhésion',
  'businessPlan.position': '{title} — {fte} ETP, {holder}',
  'businessPlan.vacant': 'vacant',
  'businessPlan.fteTotal': 'Total\u00a0: {fte} ETP',
  'businessPlan.team': 'Score de qualification de l’équipe\u00a0: {score}',
  'businessPlan.plan':
    '{title} ({status})\u00a0: {months} mois à partir de {start}, {currency}, solde d’ouverture {opening}',
  'businessPlan.lowest': 'Solde de clôture le plus bas\u00a0: {lowest}',
  'businessPlan.firstGap': 'Premier mois sous zéro\u00a0: mois {month}',
  'businessPlan.noGap': 'Aucun mois ne se clôt sous zéro.',
  'businessPlan.mix': 'Composition du financement',
  'businessPlan.publicPrivate': 'Public {public}, privé {private} sur {total}',
  'businessPlan.source.baseline_public': 'Financement public de base',
  'businessPlan.source.membership_fees': 'Cotisations des membres',
  'businessPlan.source.service_fees': 'Recettes de services',
  'businessPlan.source.sponsoring': 'Parrainage',
  'businessPlan.source.projects': 'Projets',
  'businessPlan.costs': 'Dépenses prévues par catégorie',
};
export const agreementEs: Record<keyof typeof agreementEn, string> = {
  'agreement.title.membership': 'Convenio de membresía / cooperación',
  'agreement.title.trial': 'Declaración de intención — asociación de prueba',
  'agreement.title.mou': 'Memorando de entendimiento',
  'agreement.template':
    'PLANTILLA — las cláusulas son redacción propia de Agglomera, no asesoramiento jurídico: hágalas revisar por un abogado antes de firmar.',
  'agreement.source':
    'Estructura: la estructura posible de un convenio de membresía / cooperación de la guía de clústeres de la GIZ.',
  'agreement.sourceTrial': 'Según las asociaciones de prueba de la guía de clústeres de la GIZ.',
  'agreement.sourceMou': 'Según la guía MarketMakers: un memorando sobre la oferta inicial de servicios.',
  'agreement.between': 'Entre {organisation} (la organización del clúster) y {partner} (el socio)',
  'agreement.partner': '[nombre del socio]',
  'agreement.unset': '[por completar]',
  'agreement.signature.organisation': 'Por la organización del clúster',
  'agreement.signature.partner': 'Por el socio',
  'agreement.signature.line': 'Lugar, fecha, firma',
  'agreement.part.preamble': 'Preámbulo',
  'agreement.part.cooperation': 'Cooperación',
  'agreement.part.fee': 'Cuota de cooperación',
  'agreement.part.information': 'Información sobre la empresa',
  'agreement.part.term': 'Duración del contrato',
  'agreement.part.trademark': 'Marca del clúster',
  'agreement.part.liability': 'Responsabilidad',
  'agreement.part.data': 'Seguridad y protección de datos',
  'agreement.part.law': 'Ley aplicable, idioma del contrato',
  'agreement.part.mediation': 'Cláusula de mediación',
  'agreement.part.arbitration': 'Procedimiento de arbitraje',
  'agreement.part.court': 'Tribunal competente',
  'agreement.part.other': 'Otras disposiciones',
  'agreement.point.cooperation.cooperation': 'Cooperación',
  'agreement.point.cooperation.services': 'Servicios del clúster',
  'agreement.point.fee.amount': 'Importe de la cuota',
  'agreement.point.fee.dueDate': 'Fecha de vencimiento',
  'agreement.point.fee.default': 'Mora en el pago',
  'agreement.point.information.obligation': 'Obligación de información',
  'agreement.point.information.control': 'Derechos de control',
  'agreement.point.information.disclosure': 'Declaración de divulgación',
  'agreement.point.term.indefinite': 'Duración indefinida',
  'agreement.point.term.regular': 'Rescisión ordinaria del contrato',
  'agreement.point.term.extraordinary': 'Rescisión extraordinaria del contrato',
  'agreement.point.term.relationships': 'Relaciones jurídicas a la terminación del contrato',
  'agreement.point.trademark.right': 'Derecho de uso y comercialización',
  'agreement.point.trademark.use': 'Uso de la marca',
  'agreement.point.trademark.after': 'Uso de la marca tras la terminación del contrato',
  'agreement.point.liability.success': 'Responsabilidad por el éxito, garantía, daños',
  'agreement.point.liability.disclaimer': 'Exención de responsabilidad',
  'agreement.point.data.processing': 'Tratamiento de datos',
  'agreement.point.data.consent': 'Consentimiento',
  'agreement.point.data.access': 'Protección de los datos de acceso',
  'agreement.point.data.use': 'Uso de los datos',
  'agreement.point.mediation.obligation': 'Obligación de mediación',
  'agreement.point.mediation.mediator': 'Mediador',
  'agreement.point.mediation.arbitration': 'Procedimiento de arbitraje',
  'agreement.point.arbitration.jurisdiction': 'Competencia del tribunal arbitral',
  'agreement.point.arbitration.referral': 'Remisión al tribunal arbitral',
  'agreement.point.arbitration.arbitrator': 'Nombramiento del árbitro',
  'agreement.point.arbitration.chairman': 'Nombramiento del presidente del tribunal arbitral',
  'agreement.point.arbitration.joint': 'Árbitro común',
  'agreement.point.arbitration.replacement': 'Nombramiento de un árbitro sustituto',
  'agreement.point.arbitration.venue': 'Sede',
  'agreement.point.arbitration.proceedings': 'Procedimiento',
  'agreement.point.arbitration.law': 'Ley aplicable',
  'agreement.point.arbitration.place': 'Fuero competente',
  'agreement.point.other.amendments': 'Modificaciones',
  'agreement.point.other.severability': 'Cláusula de divisibilidad',
  'agreement.clause.preamble':
    '{organisation} y {partner} desean cooperar en el clúster para el desarrollo de sus miembros y de la región. Acuerdan lo siguiente.',
  'agreement.clause.cooperation.cooperation':
    'El socio participa en las actividades y grupos de trabajo del clúster; la organización del clúster coordina la cooperación.',
  'agreement.clause.cooperation.services':
    'La organización del clúster ofrece al socio estos servicios: {services}.',
  'agreement.clause.fee.amount': 'El socio paga una cuota de cooperación de {amount} ({category}, {period}).',
  'agreement.clause.fee.dueDate': 'La cuota vence a los {days} días de la factura.',
  'agreement.clause.fee.default':
    'Si la cuota no se paga a su vencimiento, la organización del clúster envía un recordatorio y puede suspender sus servicios hasta el pago.',
  'agreement.clause.information.obligation':
    'El socio informa a la organización del clúster de los cambios en los datos de su empresa que importan para la cooperación.',
  'agreement.clause.information.control':
    'La organización del clúster puede pedir pruebas de la información dada, en los límites de la ley.',
  'agreement.clause.information.disclosure':
    'El socio acepta divulgar esta información empresarial: {information}.',
  'agreement.clause.term.indefinite': 'El convenio rige por tiempo indefinido desde su firma.',
  'agreement.clause.term.fixed':
    'El convenio rige por {months} meses desde su firma y se renueva por el mismo plazo salvo rescisión.',
  'agreement.clause.term.regular':
    'Cualquiera de las partes puede rescindir el convenio con un preaviso de {notice} meses.',
  'agreement.clause.term.extraordinary':
    'Cualquiera de las partes puede rescindir el convenio sin preaviso por causa justificada.',
  'agreement.clause.term.relationships':
    'A la terminación, las cuotas debidas hasta esa fecha siguen siendo exigibles y cada parte devuelve o borra la información confidencial de la otra.',
  'agreement.clause.trademark.right':
    'La organización del clúster posee el derecho de uso y comercialización de la marca del clúster.',
  'agreement.clause.trademark.use.allowed':
    'El socio puede usar la marca del clúster para mostrar su membresía.',
  'agreement.clause.trademark.use.with_approval':
    'El socio puede usar la marca del clúster tras la aprobación por escrito de cada uso por la organización del clúster.',
  'agreement.clause.trademark.use.not_allowed': 'El socio no puede usar la marca del clúster.',
  'agreement.clause.trademark.after': 'Tras la terminación, el socio deja de usar la marca del clúster.',
  'agreement.clause.liability.success':
    'La organización del clúster no garantiza el éxito empresarial; cada parte responde de los daños que cause con dolo o culpa grave.',
  'agreement.clause.liability.disclaimer':
    'Más allá de esto, la responsabilidad queda excluida en la medida que permita la ley.',
  'agreement.clause.data.processing':
    'La organización del clúster trata los datos del socio solo para la cooperación, conforme a {regime}.',
  'agreement.clause.data.consent':
    'El socio consiente este tratamiento y puede retirar su consentimiento en cualquier momento.',
  'agreement.clause.data.access':
    'Cada parte mantiene confidenciales sus datos de acceso a las plataformas del clúster.',
  'agreement.clause.data.use': 'Los datos no se ceden a terceros sin el consentimiento del socio.',
  'agreement.clause.law': 'El convenio se rige por {law}. El idioma del contrato es {language}.',
  'agreement.clause.mediation.obligation.yes':
    'Antes de acudir a un tribunal, las partes intentan resolver una controversia mediante mediación.',
  'agreement.clause.mediation.obligation.no': 'Las partes no han acordado una mediación.',
  'agreement.clause.mediation.mediator': 'El mediador es {mediator}.',
  'agreement.clause.mediation.arbitration.yes':
    'Si la mediación fracasa, la controversia se somete a arbitraje (parte XI).',
  'agreement.clause.mediation.arbitration.no':
    'Si la mediación fracasa, la controversia va al tribunal de la parte XII.',
  'agreement.clause.arbitration.no':
    'Las partes no han acordado un arbitraje; las controversias van al tribunal de la parte XII.',
  'agreement.clause.arbitration.rules': 'Según el reglamento del tribunal arbitral que elijan las partes.',
  'agreement.clause.arbitration.venue': 'El arbitraje tiene lugar en {venue}.',
  'agreement.clause.arbitration.law': 'El tribunal aplica {law}.',
  'agreement.clause.court': 'El tribunal competente es {court}.',
  'agreement.clause.other.amendments':
    'Las modificaciones del convenio se hacen por escrito y firmadas por ambas partes.',
  'agreement.clause.other.severability':
    'Si una disposición es inválida, las demás siguen siendo válidas y las partes la sustituyen por una válida lo más cercana a su propósito.',
  'agreement.trial.text':
    '{partner} declara su intención de cooperar en el clúster coordinado por {organisation}. Esta declaración solo le obliga a divulgar esta información empresarial: {information}.',
  'agreement.trial.noOther':
    'No crea ninguna otra obligación: no se debe ninguna cuota ni ningún servicio exclusivo antes de firmar un convenio de membresía.',
  'agreement.mou.text':
    'Los firmantes tienen la intención de cooperar como clúster y de prestar juntos esta oferta inicial de servicios: {services}.',
  'agreement.mou.noObligation':
    'Este memorando deja constancia de una intención común; no crea ninguna obligación de pago.',

  'businessPlan.title': 'Plan de negocio',
  'businessPlan.subtitle': '{organisation} · {date}',
  'businessPlan.source':
    'Compuesto según el paso 5 de la guía MarketMakers, la validación del plan de negocio.',
  'businessPlan.notRecorded': 'Aún no registrado.',
  'businessPlan.section.canvas': 'Lienzo de negocio del clúster',
  'businessPlan.section.strategy': 'Estrategia',
  'businessPlan.section.services': 'Servicios',
  'businessPlan.section.organisation': 'Organización y gobernanza',
  'businessPlan.section.staff': 'Personal',
  'businessPlan.section.finance': 'Plan financiero',
  'businessPlan.canvasVersion': 'Versión {version} del {date}',
  'businessPlan.vision': 'Visión',
  'businessPlan.objective': 'Objetivo',
  'businessPlan.initiative': 'Iniciativa',
  'businessPlan.measure': 'Medida',
  'businessPlan.service.included': 'incluido en la cuota',
  'businessPlan.service.paid': 'miembros {member}, otros {other}',
  'businessPlan.profile': 'Impulsor: {driver}; implementación: {shape}; {formality}',
  'businessPlan.legalForm': 'Forma jurídica: {form}, decidida el {date}. {reasons}',
  'businessPlan.body': '{name}: {seats} puestos',
  'businessPlan.decidesApplications': 'decide sobre las solicitudes de membresía',
  'businessPlan.position': '{title} — {fte} ETC, {holder}',
  'businessPlan.vacant': 'vacante',
  'businessPlan.fteTotal': 'Total: {fte} ETC',
  'businessPlan.team': 'Puntuación de cualificación del equipo: {score}',
  'businessPlan.plan':
    '{title} ({status}): {months} meses desde {start}, {currency}, saldo inicial {opening}',
  'businessPlan.lowest': 'Saldo de cierre más bajo: {lowest}',
  'businessPlan.firstGap': 'Primer mes bajo cero: mes {month}',
  'businessPlan.noGap': 'Ningún mes cierra bajo cero.',
  'businessPlan.mix': 'Composición de la financiación',
  'businessPlan.publicPrivate': 'Público {public}, privado {private} de {total}',
  'businessPlan.source.baseline_public': 'Financiación pública de base',
  'businessPlan.source.membership_fees': 'Cuotas de los miembros',
  'businessPlan.source.service_fees': 'Ingresos por servicios',
  'businessPlan.source.sponsoring': 'Patrocinio',
  'businessPlan.source.projects': 'Proyectos',
  'businessPlan.costs': 'Gastos previstos por categoría',
};
