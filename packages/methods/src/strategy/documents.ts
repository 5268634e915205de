/** Reserved for its slice of the strategy module's pure methods (issue 13). */
export {};
