import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@stemme/identity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionCookie } from './session-cookie';
import { SessionGuard } from './session.guard';

/**
 * Logging in and out, and the global session guard that protects every route not marked
 * @Public(). Other modules limit routes by role with @Roles() and read the user with @CurrentUser().
 */
@Module({
  imports: [IdentityModule],
  controllers: [AuthController],
  providers: [AuthService, LoginRateLimiter, SessionCookie, { provide: APP_GUARD, useClass: SessionGuard }],
})
export class AuthModule {}
