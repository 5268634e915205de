import type { agreementEn } from './agreement.js';

/** The agreement's and the business plan's words in French (see ./agreement.ts). */
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
  'businessPlan.chart.income': 'Recettes',
  'businessPlan.chart.expenditure': 'Dépenses',
  'businessPlan.chart.closing': 'Solde de fin de mois',
  'businessPlan.chart.liquidity': 'Recettes, dépenses et solde de fin de mois ({currency})',
  'businessPlan.chart.mix': 'Part des recettes prévues par source',
  'businessPlan.category.personnel': 'Personnel',
  'businessPlan.category.rent': 'Loyer',
  'businessPlan.category.operating_supplies': 'Fournitures de fonctionnement',
  'businessPlan.category.equipment': 'Équipement',
  'businessPlan.category.start_up': 'Frais de création et de démarrage',
  'businessPlan.category.other': 'Autres',
  'businessPlan.status.draft': 'brouillon',
  'businessPlan.status.agreed': 'adopté',
  'businessPlan.status.superseded': 'remplacé',
};
