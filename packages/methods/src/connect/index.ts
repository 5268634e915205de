/**
 * Connect (methods.md §7; docs/connect.md): partner-search postings and their match rule
 * (postings.ts), profiles of initiatives and their link rule (profiles.ts).
 */
export * from './postings.js';
export * from './profiles.js';
