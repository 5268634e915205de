/** Reserved (issue 14; docs/organisation.md); filled in by its slice. */
export {};
