import type { Catalogue } from './index.js';

/** The server's messages and enum words in es (see ./index.ts). */
export const es: Catalogue = {
  messages: {},
  words: {},
};
