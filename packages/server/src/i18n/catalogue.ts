/** One language's words (see ./index.ts). */
export interface Catalogue {
  /** English source text (the key) → ICU pattern in this language. */
  messages: Record<string, string>;
  /** Enum value (`supplier`, `in_progress`) → the word(s) for it in this language. */
  words: Record<string, string>;
}
