export * from './events.js';
export * from './services.js';
export * from './costs.js';
export * from './projects.js';
export * from './processes.js';
