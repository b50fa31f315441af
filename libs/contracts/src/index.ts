export * from './lib/catalog';
export * from './lib/country-codes';
export * from './lib/sdg-ids';
export * from './lib/solution-input';
export * from './lib/problem';
export * from './lib/reference';
export * from './lib/health';
export * from './lib/catalog-api';
