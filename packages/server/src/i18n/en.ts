import type { Catalogue } from './index.js';

/** The server's messages and enum words in en (see ./index.ts). */
export const en: Catalogue = {
  messages: {},
  words: {},
};
