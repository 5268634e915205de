import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of knock-out thresholds and decisions on several candidates (fidelity
 * issue 16, item 13); merged into the server's catalogues by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'The threshold of a scored criterion lies on its scale, 0 to {0}':
        'Le seuil d’un critère noté se situe sur son échelle, de 0 à {0}',
      'Name the candidate (candidateId) or the candidates (candidateIds) selected':
        'Indiquez le candidat (candidateId) ou les candidats (candidateIds) retenus',
      'give one candidate or a list, not both': 'donnez un candidat ou une liste, pas les deux',
      'A candidate is named twice': 'Un candidat est cité deux fois',
      'names a candidate twice': 'cite un candidat deux fois',
      'An initiative name is given only when one candidate is selected':
        'Un nom d’initiative ne se donne que lorsqu’un seul candidat est retenu',
      'each initiative takes its candidate’s name': 'chaque initiative prend le nom de son candidat',
      'Say why these candidates were chosen': 'Indiquez pourquoi ces candidats ont été retenus',
      '{0} does not reach the threshold of {1}: a candidate knocked out cannot be selected':
        '{0} n’atteint pas le seuil de {1} : un candidat éliminé ne peut pas être retenu',
      'Criterion not found': 'Critère introuvable',
    },
    words: {},
  },
  es: {
    messages: {
      'The threshold of a scored criterion lies on its scale, 0 to {0}':
        'El umbral de un criterio puntuado está en su escala, de 0 a {0}',
      'Name the candidate (candidateId) or the candidates (candidateIds) selected':
        'Indique el candidato (candidateId) o los candidatos (candidateIds) seleccionados',
      'give one candidate or a list, not both': 'indique un candidato o una lista, no ambos',
      'A candidate is named twice': 'Un candidato aparece dos veces',
      'names a candidate twice': 'nombra a un candidato dos veces',
      'An initiative name is given only when one candidate is selected':
        'Solo se da un nombre de iniciativa cuando se selecciona un único candidato',
      'each initiative takes its candidate’s name': 'cada iniciativa toma el nombre de su candidato',
      'Say why these candidates were chosen': 'Indique por qué se eligieron estos candidatos',
      '{0} does not reach the threshold of {1}: a candidate knocked out cannot be selected':
        '{0} no alcanza el umbral de {1}: un candidato eliminado no puede ser seleccionado',
      'Criterion not found': 'Criterio no encontrado',
    },
    words: {},
  },
};
