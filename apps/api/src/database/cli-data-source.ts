import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnv, requireConnections } from '../config/env';
import { dataSourceOptions } from './data-source';

/** For the TypeORM CLI only (`npm run migration:generate`): reads DATABASE_URL through the env schema. */
export default new DataSource(dataSourceOptions(requireConnections(loadEnv()).DATABASE_URL));
