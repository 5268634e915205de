import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the portfolio, follow invitations, agents and the programme report (slice A), issue 15; merged into the server's catalogues by ../modules.ts.
 * English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'Followed initiative not found': 'Initiative suivie introuvable',
      'Shared lifecycle not found': 'Cycle de vie partagé introuvable',
      'Shared indicators not found': 'Indicateurs partagés introuvables',
      'Shared reports not found': 'Rapports partagés introuvables',
      'expiresOn is not a date': 'expiresOn n’est pas une date',
      'is not a date': 'n’est pas une date',
      'The invitation would have expired already': 'L’invitation aurait déjà expiré',
      'is in the past': 'est dans le passé',
      'An invitation lasts at most {0} days (until {1})':
        'Une invitation dure au plus {0} jours (jusqu’au {1})',
      'is after {0}': 'est après le {0}',
      'Invitation not found': 'Invitation introuvable',
      'This invitation was used: end the follow, or change what it shares, among the programmes that follow you':
        'Cette invitation a été utilisée : mettez fin au suivi, ou changez ce qui est partagé, parmi les programmes qui vous suivent',
      'agentIds[{0}] is not a cluster development agent of this programme':
        'agentIds[{0}] n’est pas un agent de développement de clusters de ce programme',
      'is not a cluster development agent of this programme':
        'n’est pas un agent de développement de clusters de ce programme',
      'Give the period and the text of the report': 'Indiquez la période et le texte du rapport',
      'Agent report not found': 'Rapport d’agent introuvable',
      'Only the agent who wrote a report changes it': 'Seul l’agent qui a écrit un rapport peut le modifier',
      'Give the association a name': 'Donnez un nom à l’association',
      'initiativeId is not an initiative this programme follows':
        'initiativeId n’est pas une initiative que ce programme suit',
      'is not an initiative this programme follows': 'n’est pas une initiative que ce programme suit',
      'Association not found': 'Association introuvable',
      'The programme funds no initiative yet: an IATI file needs at least one activity':
        'Le programme ne finance encore aucune initiative : un fichier IATI doit contenir au moins une activité',
      'ids[{0}] is not an identifier': 'ids[{0}] n’est pas un identifiant',
      'Choose two to six initiatives to compare': 'Choisissez de deux à six initiatives à comparer',
      'needs two to six initiatives': 'demande de deux à six initiatives',
      'ids[{0}] is not an initiative of the portfolio': 'ids[{0}] n’est pas une initiative du portefeuille',
      'An association named "{0}" is on the chart already':
        'Une association nommée « {0} » figure déjà dans le tableau',
    },
    words: {},
  },
  es: {
    messages: {
      'Followed initiative not found': 'Iniciativa seguida no encontrada',
      'Shared lifecycle not found': 'Ciclo de vida compartido no encontrado',
      'Shared indicators not found': 'Indicadores compartidos no encontrados',
      'Shared reports not found': 'Informes compartidos no encontrados',
      'expiresOn is not a date': 'expiresOn no es una fecha',
      'is not a date': 'no es una fecha',
      'The invitation would have expired already': 'La invitación ya habría caducado',
      'is in the past': 'está en el pasado',
      'An invitation lasts at most {0} days (until {1})':
        'Una invitación dura como máximo {0} días (hasta el {1})',
      'is after {0}': 'es posterior al {0}',
      'Invitation not found': 'Invitación no encontrada',
      'This invitation was used: end the follow, or change what it shares, among the programmes that follow you':
        'Esta invitación ya se usó: termine el seguimiento, o cambie lo que comparte, entre los programas que le siguen',
      'agentIds[{0}] is not a cluster development agent of this programme':
        'agentIds[{0}] no es un agente de desarrollo de clústeres de este programa',
      'is not a cluster development agent of this programme':
        'no es un agente de desarrollo de clústeres de este programa',
      'Give the period and the text of the report': 'Indique el período y el texto del informe',
      'Agent report not found': 'Informe de agente no encontrado',
      'Only the agent who wrote a report changes it':
        'Solo el agente que escribió un informe puede modificarlo',
      'Give the association a name': 'Dé un nombre a la asociación',
      'initiativeId is not an initiative this programme follows':
        'initiativeId no es una iniciativa que este programa siga',
      'is not an initiative this programme follows': 'no es una iniciativa que este programa siga',
      'Association not found': 'Asociación no encontrada',
      'The programme funds no initiative yet: an IATI file needs at least one activity':
        'El programa aún no financia ninguna iniciativa: un archivo IATI necesita al menos una actividad',
      'ids[{0}] is not an identifier': 'ids[{0}] no es un identificador',
      'Choose two to six initiatives to compare': 'Elija de dos a seis iniciativas para comparar',
      'needs two to six initiatives': 'requiere de dos a seis iniciativas',
      'ids[{0}] is not an initiative of the portfolio': 'ids[{0}] no es una iniciativa de la cartera',
      'An association named "{0}" is on the chart already':
        'Una asociación llamada «{0}» ya figura en el cuadro',
    },
    words: {},
  },
};
