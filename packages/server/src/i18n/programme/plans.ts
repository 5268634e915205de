import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of cluster development plans, panels, grants and the agency's diagnosis (slice C), issue 15; merged into the server's catalogues by ../modules.ts.
 * English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: { messages: {}, words: {} },
  es: { messages: {}, words: {} },
};
