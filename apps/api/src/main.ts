import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@stemme/platform';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  configureApp(app);
  await app.listen(config.http.port, config.http.host);
  console.log(`Stemme API listening on ${config.http.publicUrl}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
