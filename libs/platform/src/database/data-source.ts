import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI: `npm run migration:run`, `migration:revert`, `migration:generate`. */
export default new DataSource(buildDataSourceOptions(loadConfig(process.env).database.url));
