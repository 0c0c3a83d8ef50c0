export * from './organisation.js';
export * from './users.js';
export * from './masterdata.js';
export * from './platform.js';
export * from './visits.js';
export * from './work.js';
export * from './approvals.js';
export * from './scoring.js';
