export * from './goals.js';
export * from './action-plan.js';
export * from './documents.js';
