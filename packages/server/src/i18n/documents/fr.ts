import type { Catalogue } from './en.js';
import { agreementFr } from './agreement.fr.js';
import { programmeReportFr } from './programme-report.fr.js';
import { certificateFr } from './certificate.fr.js';

/**
 * Les textes des documents générés, en français. Typographie française : espace insécable (U+00A0)
 * avant « : ; ? ! » et avant « % » (un test le vérifie).
 */
export const fr: Catalogue = {
  'common.none': 'aucun',
  'common.dash': '—',
  'common.sinceBaseline': '{delta} depuis la situation de référence',
  'common.generatedBy': 'Généré par Agglomera',

  'stage.initiation': 'Initiation',
  'stage.establishment': 'Établissement',
  'stage.operationalisation': 'Opérationnalisation',
  'stage.transformation': 'Transformation',
  'actorType.firm': 'Entreprise',
  'actorType.start_up': 'Start-up',
  'actorType.anchor_firm': 'Entreprise d’ancrage',
  'actorType.research': 'Recherche / université',
  'actorType.training': 'Organisme de formation',
  'actorType.association': 'Chambre / association',
  'actorType.business_development_service': 'Service d’appui aux entreprises',
  'actorType.finance': 'Finance',
  'actorType.government': 'Administration publique',
  'actorType.ngo': 'ONG',
  'actorType.donor': 'Bailleur de fonds',
  'actorType.other': 'Autre',
  'assessment.positive': 'positif',
  'assessment.neutral': 'neutre',
  'assessment.critical': 'critique',
  'influence.high': 'forte',
  'influence.medium': 'moyenne',
  'influence.low': 'faible',
  'measureStatus.open': 'à faire',
  'measureStatus.done': 'fait',
  'framework.swot': 'SWOT (FFOM)',
  'framework.five_forces': 'Cinq forces',
  'framework.diamond': 'Diamant de Porter',
  'category.strengths': 'Forces',
  'category.weaknesses': 'Faiblesses',
  'category.opportunities': 'Opportunités',
  'category.threats': 'Menaces',
  'category.industry_competitors': 'Concurrents du secteur',
  'category.suppliers': 'Fournisseurs',
  'category.new_entrants': 'Nouveaux entrants',
  'category.buyers': 'Clients',
  'category.substitutes': 'Produits de substitution',
  'category.demand_conditions': 'Conditions de la demande',
  'category.factor_conditions': 'Conditions des facteurs',
  'category.related_industries': 'Industries apparentées et de soutien',
  'category.strategy_and_rivalry': 'Contexte de la stratégie et de la rivalité des entreprises',
  'level.inputs': 'Intrants',
  'level.activities': 'Activités',
  'level.outputs': 'Produits',
  'level.outcomes': 'Effets',
  'level.impact': 'Impact',
  'light.green': 'Dans les temps',
  'light.amber': 'Proche de la cible',
  'light.red': 'En retard',
  'light.none': 'Pas de données',

  'diagnostic.title': 'Rapport de diagnostic',
  'diagnostic.comparedWith': 'comparé à la situation de référence du {date}',
  'diagnostic.baselineDescription': 'Rapport de diagnostic du {date}',
  'diagnostic.lifecycle': 'Position dans le cycle de vie',
  'diagnostic.lifecycle.line':
    'Étape GIZ\u00a0: {stage}\u00a0; phase ONUDI {phase}\u00a0; étape du plan MarketMakers {step}.',
  'diagnostic.lifecycle.notFollowed': 'non suivie',
  'diagnostic.lifecycle.none': 'Aucun cycle de vie enregistré.',
  'diagnostic.actors': 'Acteurs',
  'diagnostic.actors.total': { one: '{count} acteur', other: '{count} acteurs' },
  'diagnostic.actors.members': { one: '{count} membre', other: '{count} membres' },
  'diagnostic.actors.committed': { one: '{count} acteur engagé', other: '{count} acteurs engagés' },
  'diagnostic.actors.stakeholders': { one: '{count} partie prenante', other: '{count} parties prenantes' },
  'diagnostic.actors.byType': 'Par type\u00a0: {list}.',
  'diagnostic.network': 'Réseau de liens',
  'diagnostic.network.ties': { one: '{count} lien', other: '{count} liens' },
  'diagnostic.network.density': 'densité {value}',
  'diagnostic.network.groups': { one: '{count} groupe séparé', other: '{count} groupes séparés' },
  'diagnostic.network.brokers': 'Intermédiaires\u00a0: {list}.',
  'diagnostic.stakeholders': 'Parties prenantes',
  'diagnostic.stakeholders.line':
    '{name} — {assessment}, influence {influence}. Mesure\u00a0: {measure} ({status}).',
  'diagnostic.stakeholders.none': 'Aucune partie prenante évaluée.',
  'diagnostic.valueChains': 'Chaînes de valeur',
  'diagnostic.valueChains.line':
    '{name}\u00a0: {coverage} des maillons couverts\u00a0; maillons manquants\u00a0: {spots}.',
  'diagnostic.valueChains.none': 'Aucune chaîne de valeur cartographiée.',
  'diagnostic.analyses': 'SWOT, cinq forces et Diamant',
  'diagnostic.analyses.none': 'Aucun élément d’analyse.',
  'diagnostic.needs': 'Besoins des acteurs',
  'diagnostic.needs.voters': {
    one: '{survey}\u00a0: {count} votant.',
    other: '{survey}\u00a0: {count} votants.',
  },
  'diagnostic.needs.line': '{rank}. {title} — score {score}',
  'diagnostic.needs.none': 'Aucune enquête sur les besoins.',
  'diagnostic.memberCards': 'Fiches membres',
  'diagnostic.memberCards.line': {
    one: '{count} profil de membre décrit.',
    other: '{count} profils de membres décrits.',
  },
  'diagnostic.methods':
    'Méthodes\u00a0: guide de développement des clusters de la GIZ (analyse des parties prenantes, cartographie de la chaîne de valeur, SWOT, classement des besoins), ONUDI (analyse de réseau, diagnostic comme situation de référence), Plateforme européenne de collaboration des clusters (fiches membres).',

  'monitoring.kind': 'Rapport de suivi',
  'monitoring.dates': 'du {start} au {end}',
  'monitoring.indicators': 'Indicateurs',
  'monitoring.lights':
    '{green} dans les temps, {amber} proches de la cible, {red} en retard, {none} sans données.',
  'monitoring.col.indicator': 'Indicateur',
  'monitoring.col.level': 'Niveau',
  'monitoring.col.baseline': 'Référence',
  'monitoring.col.period': 'Période',
  'monitoring.col.target': 'Cible',
  'monitoring.col.actual': 'Réalisé',
  'monitoring.col.status': 'État',
  'monitoring.lightRule':
    'Feux\u00a0: vert lorsque la cible de la période est atteinte\u00a0; orange lorsque l’écart est au plus de {tolerance} de l’évolution prévue entre la référence et la cible (la tolérance de ce rapport\u00a0; celle de la plateforme par défaut est de {default}, les guides ne donnent pas de chiffre)\u00a0; rouge au-delà\u00a0; gris sans cible ou sans valeur.',
  'monitoring.trends': 'Tendances',
  'monitoring.trends.legend':
    'Tirets\u00a0: cibles\u00a0; trait plein\u00a0: valeurs réalisées\u00a0; une interruption\u00a0: une période sans valeur.',
  'monitoring.trends.aria': 'Évolution de {name}\u00a0: cibles et valeurs réalisées par date',
  'monitoring.trends.empty': 'Pas encore de valeurs.',
  'monitoring.series.target': 'Cible',
  'monitoring.series.actual': 'Réalisé',
  'monitoring.series.baseline': 'Référence',
  'monitoring.narrative.summary': 'Synthèse',
  'monitoring.narrative.progress': 'Progrès vers les résultats',
  'monitoring.narrative.challenges': 'Difficultés et écarts',
  'monitoring.narrative.nextSteps': 'Prochaines étapes',
  'monitoring.footer': 'Chaîne de résultats selon l’ONUDI et la GIZ\u00a0; généré par Agglomera.',
  'monitoring.check.notMeasured': 'non mesuré',
  'monitoring.check.impactMet':
    'Suivi d’impact\u00a0: {participants} acteurs du cluster sur {actors} ont participé ({share})\u00a0; le minimum de {minimum} du guide est atteint.',
  'monitoring.check.impactWarning':
    'Attention\u00a0: le suivi d’impact demande au moins {minimum} des acteurs du cluster pour des résultats significatifs (guide de développement des clusters de la GIZ)\u00a0; {participants} sur {actors} ont participé ({share}).',
  'monitoring.check.baselineMet': {
    one: 'Observation de référence\u00a0: {count} entreprise du cluster interrogée{when}\u00a0; le minimum de {minimum} du guide est atteint.',
    other:
      'Observation de référence\u00a0: {count} entreprises du cluster interrogées{when}\u00a0; le minimum de {minimum} du guide est atteint.',
  },
  'monitoring.check.baselineWarning':
    'Attention\u00a0: l’observation de référence interroge un portefeuille d’au moins {minimum} entreprises représentatives du cluster (guide de développement des clusters de la GIZ)\u00a0; {recorded}.',
  'monitoring.check.noneRecorded': 'aucune n’est enregistrée',
  'monitoring.check.recorded': '{count} enregistrées',
  // The cluster business canvas (strategy module, issue 13)
  'canvas.title': 'Business canvas du cluster',
  'canvas.version': 'Version {version}',
  'canvas.name': 'Nom',
  'canvas.organisation': 'Organisation du cluster',
  'canvas.date': 'Date',
  'canvas.note': 'Ce qui a changé',
  'canvas.empty': 'Non renseigné.',
  'canvas.footer':
    'Le Cluster Business Canvas Model du guide de développement des clusters de la GIZ\u00a0; généré par Agglomera.',
  'canvas.block.memberSegments': 'Segments de membres',
  'canvas.question.memberSegments.1': 'Quels différents types d’acteurs du cluster avons-nous\u00a0?',
  'canvas.question.memberSegments.2':
    'Comment classerions-nous nos acteurs du cluster en groupes selon la taille, les besoins, la maturité commerciale, etc.\u00a0?',
  'canvas.block.keyPartners': 'Partenaires clés',
  'canvas.question.keyPartners.1':
    'Qui sont les partenaires clés dont nous avons besoin et quelles activités clés réalisent-ils\u00a0?',
  'canvas.question.keyPartners.2': 'Quelles ressources clés obtenons-nous de nos partenaires\u00a0?',
  'canvas.block.keyActivities': 'Activités clés',
  'canvas.question.keyActivities.1': 'Quelles activités clés nos propositions de valeur exigent-elles\u00a0?',
  'canvas.question.keyActivities.2':
    'Quelles activités et quels services voulons-nous offrir à nos acteurs du cluster\u00a0?',
  'canvas.block.memberPainPoints': 'Difficultés des membres',
  'canvas.question.memberPainPoints.1':
    'Quels sont les plus grands problèmes et difficultés de nos membres\u00a0?',
  'canvas.question.memberPainPoints.2': 'Quelles tâches nos membres ont-ils besoin de voir accomplies\u00a0?',
  'canvas.block.valuePropositions': 'Propositions de valeur',
  'canvas.question.valuePropositions.1': 'Quel bénéfice offrons-nous à nos membres\u00a0?',
  'canvas.question.valuePropositions.2': 'Quels résultats positifs nos membres veulent-ils voir\u00a0?',
  'canvas.block.keyResources': 'Ressources clés',
  'canvas.question.keyResources.1': 'Quelles ressources clés nos propositions de valeur exigent-elles\u00a0?',
  'canvas.question.keyResources.2': 'Comment notre cluster peut-il fournir ces ressources\u00a0?',
  'canvas.block.memberRelationships': 'Relations avec les membres',
  'canvas.question.memberRelationships.1':
    'Quel type de relation nos acteurs du cluster attendent-ils que nous établissions et entretenions avec eux, et entre eux\u00a0?',
  'canvas.question.memberRelationships.2':
    'Comment les acteurs du cluster sont-ils intégrés dans nos activités de cluster\u00a0?',
  'canvas.block.costStructure': 'Structure des coûts',
  'canvas.question.costStructure.1':
    'Quels sont les coûts les plus importants inhérents à notre organisation de cluster\u00a0?',
  'canvas.question.costStructure.2':
    'Quelles ressources clés et activités clés sont les plus coûteuses\u00a0?',
  'canvas.block.revenueStreams': 'Sources de revenus',
  'canvas.question.revenueStreams.1':
    'Pour quels services nos acteurs du cluster sont-ils prêts à payer\u00a0?',
  'canvas.question.revenueStreams.2':
    'Comment nos acteurs du cluster ou d’autres peuvent-ils contribuer à notre organisation de cluster\u00a0?',
  'canvas.question.revenueStreams.3':
    'Existe-t-il d’autres options de financement, par exemple des fonds publics\u00a0?',
  'canvas.block.keyChallenges': 'Défis clés',
  'canvas.question.keyChallenges.1':
    'Quels sont les défis clés de notre organisation de cluster dans les 3 prochaines années\u00a0?',
  'canvas.question.keyChallenges.2':
    'Quels sont les défis clés de nos acteurs du cluster dans les 3 prochaines années\u00a0?',
  ...agreementFr,
  ...programmeReportFr,
  ...certificateFr,
};
