import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish messages of benchmarking conducted and signed by an external assessor (fidelity
 * issue 16, item 17); merged into the server's catalogues by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'This assessment is signed: it can no longer be changed':
        'Cette évaluation est signée : elle ne peut plus être modifiée',
      'An external assessment is changed by its assessor only':
        'Une évaluation externe n’est modifiée que par son évaluateur',
      'An external assessment is signed by its assessor only':
        'Une évaluation externe n’est signée que par son évaluateur',
      'Only the assessor who conducted this assessment changes or signs it':
        'Seul l’évaluateur qui a conduit cette évaluation peut la modifier ou la signer',
    },
    words: {},
  },
  es: {
    messages: {
      'This assessment is signed: it can no longer be changed':
        'Esta evaluación está firmada: ya no puede modificarse',
      'An external assessment is changed by its assessor only':
        'Una evaluación externa solo la modifica su evaluador',
      'An external assessment is signed by its assessor only':
        'Una evaluación externa solo la firma su evaluador',
      'Only the assessor who conducted this assessment changes or signs it':
        'Solo el evaluador que realizó esta evaluación puede modificarla o firmarla',
    },
    words: {},
  },
};
