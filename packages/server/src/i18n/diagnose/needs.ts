import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the needs ranking by the key actors (fidelity issue 16, item 9);
 * merged into the server's catalogues by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'In this survey the key actors rank their demands; the cluster team does not vote (it can enter the tallies of a workshop for an actor)':
        'Dans cette enquête, les acteurs clés classent leurs demandes ; l’équipe du cluster ne vote pas (elle peut saisir les votes d’un atelier pour un acteur)',
    },
    words: {},
  },
  es: {
    messages: {
      'In this survey the key actors rank their demands; the cluster team does not vote (it can enter the tallies of a workshop for an actor)':
        'En esta encuesta los actores clave clasifican sus demandas; el equipo del clúster no vota (puede registrar los votos de un taller para un actor)',
    },
    words: {},
  },
};
