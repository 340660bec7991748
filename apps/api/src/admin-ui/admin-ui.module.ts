import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AdminUiMiddleware } from './admin-ui.middleware';

/** The admin web UI (apps/admin), served from the same origin as the API it talks to. */
@Module({ providers: [AdminUiMiddleware] })
export class AdminUiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AdminUiMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.GET }, { path: '{*path}', method: RequestMethod.HEAD });
  }
}
