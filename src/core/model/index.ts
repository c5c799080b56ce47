export * from './Finding';
export * from './Unit';
export * from './ImportError';
