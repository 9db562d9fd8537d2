export * from './annotation.js';
export * from './document.js';
export * from './layers.js';
export * from './metadata.js';
