import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createValidationPipe, HttpErrorFilter, loadConfig } from '@stemme/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.create(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  // SIGTERM: stop taking jobs, finish the ones under way, then exit.
  app.enableShutdownHooks();
  await app.listen(config.worker.healthPort, config.http.host);
  console.log(`Stemme worker running; health probe on port ${config.worker.healthPort}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
