// Every entity, listed once: webpack bundles the API, so TypeORM cannot glob for them.
export const ENTITIES: Function[] = [];
