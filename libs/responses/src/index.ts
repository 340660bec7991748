export * from './entities';
export * from './response-layout';
export * from './response.entity';
