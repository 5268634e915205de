import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the strategy module's goals and strategy versions (issue 13),
 * merged into the server's catalogues by ../modules.ts. English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      // The needs ranking's goal mark follows the goals.
      'The goal "{0}" answers this need: take the need out of the goal on the goals screen':
        'L’objectif « {0} » répond à ce besoin : retirez le besoin de l’objectif sur l’écran des objectifs',
      'a goal answers this need': 'un objectif répond à ce besoin',
      // The services matrix's objectives taken from goals (item 5).
      'Objective not found': 'Objectif introuvable',
      'The goal is not one of this cluster initiative':
        'Cet objectif stratégique n’appartient pas à cette initiative de cluster',
      'The goal is already the objective "{0}" of the matrix':
        'Cet objectif stratégique est déjà la ligne « {0} » de la matrice',
      'goalIds[{0}] is not a goal of this cluster initiative':
        'goalIds[{0}] n’est pas un objectif de cette initiative de cluster',
      'is not a goal of this cluster initiative': 'n’est pas un objectif de cette initiative de cluster',
      'Goal not found': 'Objectif introuvable',
      'sources[{0}] is not part of this cluster initiative':
        'sources[{0}] ne fait pas partie de cette initiative de cluster',
      'is not part of this cluster initiative': 'ne fait pas partie de cette initiative de cluster',
      'indicatorIds[{0}] is not an indicator of this results chain':
        'indicatorIds[{0}] n’est pas un indicateur de cette chaîne de résultats',
      'is not an indicator of this results chain': 'n’est pas un indicateur de cette chaîne de résultats',
      'A goal named "{0}" exists already': 'Un objectif nommé « {0} » existe déjà',
      'Someone changed this goal while you were editing it: reload it and apply your change again':
        'Quelqu’un a modifié cet objectif pendant que vous l’éditiez : rechargez-le et refaites votre modification',
      'Strategy not found': 'Stratégie introuvable',
      'Version {0} is {1}: it is kept as it was. Start a new version (realignment) to change it':
        'La version {0} est {1} : elle est conservée telle quelle. Commencez une nouvelle version (réalignement) pour la changer',
      'basedOnId is not a strategy version of this cluster initiative':
        'basedOnId n’est pas une version de la stratégie de cette initiative de cluster',
      'is not a strategy version of this cluster initiative':
        'n’est pas une version de la stratégie de cette initiative de cluster',
      'Someone changed this strategy while you were editing it: reload it and apply your change again':
        'Quelqu’un a modifié cette stratégie pendant que vous l’éditiez : rechargez-la et refaites votre modification',
      'Version {0} needs a vision and at least one strategic objective before it can be agreed':
        'La version {0} doit avoir une vision et au moins un objectif stratégique avant d’être adoptée',
      'is missing': 'manque',
      'parentId is not an element of this strategy version':
        'parentId n’est pas un élément de cette version de la stratégie',
      'is not an element of this strategy version': 'n’est pas un élément de cette version de la stratégie',
      'A measure stands under a competitiveness initiative':
        'Une mesure se place sous une initiative de compétitivité',
      'A competitiveness initiative stands under a strategic objective, or at the top when it serves them all':
        'Une initiative de compétitivité se place sous un objectif stratégique, ou au premier niveau quand elle les sert tous',
      'A strategic objective stands at the top of the strategy':
        'Un objectif stratégique se place au premier niveau de la stratégie',
      'is not allowed here': 'n’est pas permis ici',
      'goalId is not a goal of this cluster initiative':
        'goalId n’est pas un objectif de cette initiative de cluster',
      'Strategy element not found': 'Élément de la stratégie introuvable',
      'An element cannot stand under itself': 'Un élément ne peut pas se placer sous lui-même',
      'is the element itself': 'est l’élément lui-même',
    },
    words: {
      agreed: 'adoptée',
      superseded: 'remplacée',
      objective: 'objectif stratégique',
      initiative: 'initiative de compétitivité',
      measure: 'mesure',
    },
  },
  es: {
    messages: {
      // The needs ranking's goal mark follows the goals.
      'The goal "{0}" answers this need: take the need out of the goal on the goals screen':
        'El objetivo «{0}» responde a esta necesidad: quite la necesidad del objetivo en la pantalla de objetivos',
      'a goal answers this need': 'un objetivo responde a esta necesidad',
      // The services matrix's objectives taken from goals (item 5).
      'Objective not found': 'Objetivo no encontrado',
      'The goal is not one of this cluster initiative':
        'Este objetivo estratégico no pertenece a esta iniciativa de clúster',
      'The goal is already the objective "{0}" of the matrix':
        'Este objetivo estratégico ya es la fila «{0}» de la matriz',
      'goalIds[{0}] is not a goal of this cluster initiative':
        'goalIds[{0}] no es un objetivo de esta iniciativa de clúster',
      'is not a goal of this cluster initiative': 'no es un objetivo de esta iniciativa de clúster',
      'Goal not found': 'Objetivo no encontrado',
      'sources[{0}] is not part of this cluster initiative':
        'sources[{0}] no forma parte de esta iniciativa de clúster',
      'is not part of this cluster initiative': 'no forma parte de esta iniciativa de clúster',
      'indicatorIds[{0}] is not an indicator of this results chain':
        'indicatorIds[{0}] no es un indicador de esta cadena de resultados',
      'is not an indicator of this results chain': 'no es un indicador de esta cadena de resultados',
      'A goal named "{0}" exists already': 'Ya existe un objetivo llamado "{0}"',
      'Someone changed this goal while you were editing it: reload it and apply your change again':
        'Alguien cambió este objetivo mientras lo editaba: vuelva a cargarlo y aplique de nuevo su cambio',
      'Strategy not found': 'Estrategia no encontrada',
      'Version {0} is {1}: it is kept as it was. Start a new version (realignment) to change it':
        'La versión {0} está {1}: se conserva tal como está. Empiece una nueva versión (realineación) para cambiarla',
      'basedOnId is not a strategy version of this cluster initiative':
        'basedOnId no es una versión de la estrategia de esta iniciativa de clúster',
      'is not a strategy version of this cluster initiative':
        'no es una versión de la estrategia de esta iniciativa de clúster',
      'Someone changed this strategy while you were editing it: reload it and apply your change again':
        'Alguien cambió esta estrategia mientras la editaba: vuelva a cargarla y aplique de nuevo su cambio',
      'Version {0} needs a vision and at least one strategic objective before it can be agreed':
        'La versión {0} necesita una visión y al menos un objetivo estratégico antes de ser aprobada',
      'is missing': 'falta',
      'parentId is not an element of this strategy version':
        'parentId no es un elemento de esta versión de la estrategia',
      'is not an element of this strategy version': 'no es un elemento de esta versión de la estrategia',
      'A measure stands under a competitiveness initiative':
        'Una medida va bajo una iniciativa de competitividad',
      'A competitiveness initiative stands under a strategic objective, or at the top when it serves them all':
        'Una iniciativa de competitividad va bajo un objetivo estratégico, o en el primer nivel cuando los sirve a todos',
      'A strategic objective stands at the top of the strategy':
        'Un objetivo estratégico va en el primer nivel de la estrategia',
      'is not allowed here': 'no está permitido aquí',
      'goalId is not a goal of this cluster initiative':
        'goalId no es un objetivo de esta iniciativa de clúster',
      'Strategy element not found': 'Elemento de la estrategia no encontrado',
      'An element cannot stand under itself': 'Un elemento no puede ir bajo sí mismo',
      'is the element itself': 'es el propio elemento',
    },
    words: {
      agreed: 'aprobada',
      superseded: 'sustituida',
      objective: 'objetivo estratégico',
      initiative: 'iniciativa de competitividad',
      measure: 'medida',
    },
  },
};
