import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of staff positions, the qualification scorecard and training (issue 14); merged into the server's catalogues by
 * ../modules.ts. English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'Staff position not found': 'Poste introuvable',
      'Training item not found': 'Formation introuvable',
      'The FTE must lie above 0 and at most 1': 'L’ETP doit être supérieur à 0 et au plus égal à 1',
      'must lie above 0 and at most 1': 'doit être supérieur à 0 et au plus égal à 1',
      'Not a criterion of the qualification guideline':
        'Ce n’est pas un critère de la grille de qualifications',
      'is not one of the ten criteria': 'n’est pas l’un des dix critères',
      'A score must be a whole number from {0} to {1}, the team’s scale':
        'Une note doit être un nombre entier de {0} à {1}, l’échelle de l’équipe',
      'must be a whole number from {0} to {1}': 'doit être un nombre entier de {0} à {1}',
      'Not an area of competence of the guide': 'Ce n’est pas un domaine de compétence du guide',
      'is not an area of competence': 'n’est pas un domaine de compétence',
      'A competence level is basic, advanced or expert':
        'Un niveau de compétence est de base, avancé ou expert',
      'The holder is not a member of this workspace':
        'Le titulaire n’est pas membre de cet espace de travail',
      'is not a member of this workspace': 'n’est pas membre de cet espace de travail',
      'Some scores lie above {0}: lower them before narrowing the scale':
        'Des notes dépassent {0} : abaissez-les avant de réduire l’échelle',
      'A position needs a title': 'Un poste a besoin d’un intitulé',
      'A training item needs a description': 'Une formation a besoin d’une description',
    },
    words: { basic: 'de base', advanced: 'avancé', expert: 'expert' },
  },
  es: {
    messages: {
      'Staff position not found': 'Puesto no encontrado',
      'Training item not found': 'Formación no encontrada',
      'The FTE must lie above 0 and at most 1': 'El ETC debe ser mayor que 0 y como máximo 1',
      'must lie above 0 and at most 1': 'debe ser mayor que 0 y como máximo 1',
      'Not a criterion of the qualification guideline': 'No es un criterio de la guía de cualificaciones',
      'is not one of the ten criteria': 'no es uno de los diez criterios',
      'A score must be a whole number from {0} to {1}, the team’s scale':
        'Una puntuación debe ser un número entero de {0} a {1}, la escala del equipo',
      'must be a whole number from {0} to {1}': 'debe ser un número entero de {0} a {1}',
      'Not an area of competence of the guide': 'No es un área de competencia de la guía',
      'is not an area of competence': 'no es un área de competencia',
      'A competence level is basic, advanced or expert':
        'Un nivel de competencia es básico, avanzado o experto',
      'The holder is not a member of this workspace': 'El titular no es miembro de este espacio de trabajo',
      'is not a member of this workspace': 'no es miembro de este espacio de trabajo',
      'Some scores lie above {0}: lower them before narrowing the scale':
        'Algunas puntuaciones superan {0}: redúzcalas antes de acortar la escala',
      'A position needs a title': 'Un puesto necesita un título',
      'A training item needs a description': 'Una formación necesita una descripción',
    },
    words: { basic: 'básico', advanced: 'avanzado', expert: 'experto' },
  },
};
