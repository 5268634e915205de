import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of agreements and the business plan (issue 14); merged into the server's catalogues by
 * ../modules.ts. English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: { messages: {}, words: {} },
  es: { messages: {}, words: {} },
};
