// Every migration, in order: webpack bundles the API, so TypeORM cannot glob for them.
export const MIGRATIONS: Function[] = [];
