import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, HttpErrorFilter, jsonOnlyForApiWrites } from '@stemme/platform';
import cookieParser from 'cookie-parser';
import express from 'express';
import { Logger } from 'nestjs-pino';

export const JSON_BODY_LIMIT = '256kb';

/**
 * Everything main.ts does to the app besides listening, so that tests run the very same app:
 * body limits, cookies, validation, the error shape and the OpenAPI document.
 */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.disable('x-powered-by');
  http.set('trust proxy', false);
  app.use(jsonOnlyForApiWrites);
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: JSON_BODY_LIMIT }));
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Stemme API')
      .setDescription('Survey platform for national questionnaire studies. Admin endpoints need a session cookie and, for writes, the X-CSRF-Token header.')
      .setVersion('0.1.0')
      .addCookieAuth('stemme_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
