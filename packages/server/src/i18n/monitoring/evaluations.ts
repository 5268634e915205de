import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of evaluations planned with their development period (fidelity issue 16,
 * item 16); merged into the server's catalogues by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'An evaluation that has started stays on record and cannot be removed':
        'Une évaluation commencée reste archivée et ne peut pas être supprimée',
    },
    words: {},
  },
  es: {
    messages: {
      'An evaluation that has started stays on record and cannot be removed':
        'Una evaluación iniciada queda registrada y no puede eliminarse',
    },
    words: {},
  },
};
