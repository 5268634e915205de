import type { Catalogue } from './index.js';

/** The server's messages and enum words in fr (see ./index.ts). */
export const fr: Catalogue = {
  messages: {},
  words: {},
};
