import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@stemme/identity';
import { ForbiddenError, NotAuthenticatedError } from '@stemme/platform';
import type { AuthenticatedRequest } from './authenticated-request';

const ROLES_KEY = 'stemme:roles';

/** Refuses, with 403, users whose role is not among the route's @Roles(). Runs after the session guard. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().auth?.user;
    if (!user) throw new NotAuthenticatedError('You are not logged in');
    if (!roles.includes(user.role)) throw new ForbiddenError(`This needs the role ${roles.join(' or ')}`);
    return true;
  }
}

/**
 * Limits a route or a whole controller to users with one of these roles (403 for others). A
 * method's @Roles() replaces its controller's.
 */
export const Roles = (...roles: [UserRole, ...UserRole[]]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(RolesGuard));
