export * from './profile.js';
export * from './legal-form.js';
export * from './governance.js';
export * from './staff.js';
export * from './finance.js';
export * from './agreements.js';
