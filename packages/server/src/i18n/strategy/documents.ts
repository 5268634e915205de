import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the strategy documents (issue 13): the cluster business canvas,
 * roadmaps and the internationalisation strategy; merged into the server's catalogues by
 * ../modules.ts. English needs an entry only for plurals. (The canvas PDF's words are the
 * documents' catalogue: ../documents/*.ts.)
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: {
    messages: {},
    // The four lanes of a visual roadmap (GIZ 001:4318–4321), for "must be one of …".
    words: {
      drivers: 'socio-economic factors of influence',
      technologies: 'enabling technologies',
      topic: 'development of the topic',
      effects: 'effects',
    },
  },
  fr: {
    messages: {
      'Canvas version not found': 'Version du canvas introuvable',
      'The canvas needs the name of the cluster': 'Le canvas a besoin du nom du cluster',
      'The canvas date is not a day of the calendar': 'La date du canvas n’est pas un jour du calendrier',
      'is not a day of the calendar': 'n’est pas un jour du calendrier',
      'Fill in at least one block of the canvas': 'Remplissez au moins un bloc du canvas',
      'every block is empty': 'tous les blocs sont vides',
      'The review date is not a day of the calendar': 'La date de la revue n’est pas un jour du calendrier',
      'A review is recorded once it has taken place': 'Une revue s’enregistre une fois qu’elle a eu lieu',
      'is in the future': 'est dans le futur',
      'Write the internationalisation strategy before recording a review':
        'Rédigez la stratégie d’internationalisation avant d’enregistrer une revue',
      'Every target market needs a name': 'Chaque marché cible a besoin d’un nom',
      'A target market is listed twice': 'Un marché cible figure deux fois',
      'Roadmap item not found': 'Élément de feuille de route introuvable',
      'Roadmap not found': 'Feuille de route introuvable',
      'must be a year from {0} to {1}': 'doit être une année de {0} à {1}',
      'makes the roadmap longer than {0} years': 'rend la feuille de route plus longue que {0} ans',
      'lies outside the roadmap’s years ({0}–{1})': 'sort des années de la feuille de route ({0}–{1})',
      'comes before the start year': 'précède l’année de début',
      'A roadmap needs a title': 'Une feuille de route a besoin d’un titre',
      'The roadmap’s years are not valid': 'Les années de la feuille de route ne sont pas valables',
      'A roadmap named "{0}" exists already': 'Une feuille de route nommée "{0}" existe déjà',
      '"{0}" ({1}–{2}) would fall outside the roadmap’s years: change or remove it first':
        '"{0}" ({1}–{2}) sortirait des années de la feuille de route : modifiez-le ou retirez-le d’abord',
      'leaves an item outside': 'laisse un élément en dehors',
      'A roadmap item needs a title': 'Un élément de feuille de route a besoin d’un titre',
      'The item’s years must lie within the roadmap’s ({0}–{1}), the start before the end':
        'Les années de l’élément doivent se situer dans celles de la feuille de route ({0}–{1}), le début avant la fin',
      'The linked measure is not part of this cluster initiative’s strategy':
        'La mesure liée ne fait pas partie de la stratégie de cette initiative de cluster',
      'is not an element of this strategy': 'n’est pas un élément de cette stratégie',
    },
    words: {
      drivers: 'facteurs socio-économiques d’influence',
      technologies: 'technologies habilitantes',
      topic: 'développement du thème',
      effects: 'effets',
    },
  },
  es: {
    messages: {
      'Canvas version not found': 'Versión del canvas no encontrada',
      'The canvas needs the name of the cluster': 'El canvas necesita el nombre del clúster',
      'The canvas date is not a day of the calendar': 'La fecha del canvas no es un día del calendario',
      'is not a day of the calendar': 'no es un día del calendario',
      'Fill in at least one block of the canvas': 'Complete al menos un bloque del canvas',
      'every block is empty': 'todos los bloques están vacíos',
      'The review date is not a day of the calendar': 'La fecha de la revisión no es un día del calendario',
      'A review is recorded once it has taken place': 'Una revisión se registra una vez realizada',
      'is in the future': 'está en el futuro',
      'Write the internationalisation strategy before recording a review':
        'Redacte la estrategia de internacionalización antes de registrar una revisión',
      'Every target market needs a name': 'Cada mercado objetivo necesita un nombre',
      'A target market is listed twice': 'Un mercado objetivo figura dos veces',
      'Roadmap item not found': 'Elemento de la hoja de ruta no encontrado',
      'Roadmap not found': 'Hoja de ruta no encontrada',
      'must be a year from {0} to {1}': 'debe ser un año de {0} a {1}',
      'makes the roadmap longer than {0} years': 'hace la hoja de ruta más larga que {0} años',
      'lies outside the roadmap’s years ({0}–{1})': 'queda fuera de los años de la hoja de ruta ({0}–{1})',
      'comes before the start year': 'es anterior al año de inicio',
      'A roadmap needs a title': 'Una hoja de ruta necesita un título',
      'The roadmap’s years are not valid': 'Los años de la hoja de ruta no son válidos',
      'A roadmap named "{0}" exists already': 'Ya existe una hoja de ruta llamada "{0}"',
      '"{0}" ({1}–{2}) would fall outside the roadmap’s years: change or remove it first':
        '"{0}" ({1}–{2}) quedaría fuera de los años de la hoja de ruta: modifíquelo o elimínelo primero',
      'leaves an item outside': 'deja un elemento fuera',
      'A roadmap item needs a title': 'Un elemento de la hoja de ruta necesita un título',
      'The item’s years must lie within the roadmap’s ({0}–{1}), the start before the end':
        'Los años del elemento deben estar dentro de los de la hoja de ruta ({0}–{1}), el inicio antes del final',
      'The linked measure is not part of this cluster initiative’s strategy':
        'La medida vinculada no forma parte de la estrategia de esta iniciativa de clúster',
      'is not an element of this strategy': 'no es un elemento de esta estrategia',
    },
    words: {
      drivers: 'factores socioeconómicos de influencia',
      technologies: 'tecnologías habilitadoras',
      topic: 'desarrollo del tema',
      effects: 'efectos',
    },
  },
};
