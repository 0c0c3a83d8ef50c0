// The demo organisation (DEMO_DATA=1): plain data and a deterministic generator, no I/O.
export * from './roles.js';
export * from './people.js';
export * from './stores.js';
export * from './products.js';
export * from './visits.js';
