import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { AppConfig } from '../config/app-config';

/**
 * Routes never written to the request log. Respondent routes (/s/...) are left out entirely so
 * that no survey token, time or client detail of a respondent ends up in a log.
 */
export const UNLOGGED_ROUTE_PREFIXES = ['/health', '/s/', '/api/s/'];

/**
 * The same routes as Nest route paths: the request logger's middleware does not run for them at
 * all, so respondents' requests (the busiest) pay nothing for a log they never get. The `ignore`
 * below still stands guard for any request these patterns do not match.
 */
const UNLOGGED_ROUTES = ['health', 's/{*path}', 'api/s/{*path}'].map((path) => ({ path, method: RequestMethod.ALL }));

export function isUnloggedRoute(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return UNLOGGED_ROUTE_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));
}

/** What a request log line says of the request and the response: nothing else. */
export const requestLogSerializers = {
  req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
  res: (res: { statusCode: number }) => ({ status: res.statusCode }),
};

/**
 * Structured JSON request logs: method, path without query, status and duration. Bodies,
 * cookies, headers and client addresses are never logged. Logs go to stdout unless a
 * destination is given (tests read them).
 */
@Module({})
export class LoggingModule {
  static forRoot(destination?: Writable): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const options = {
              level: config.logLevel,
              autoLogging: { ignore: (req: IncomingMessage) => isUnloggedRoute(req.url) },
              quietReqLogger: true,
              serializers: requestLogSerializers,
              genReqId: (_req: IncomingMessage, res: ServerResponse) => {
                const id = Math.random().toString(36).slice(2, 10);
                res.setHeader('X-Request-Id', id);
                return id;
              },
            };
            return { pinoHttp: destination ? [options, destination] : options, exclude: UNLOGGED_ROUTES };
          },
        }),
      ],
    };
  }
}
