import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_ROUTE = 'stemme:public-route';

/**
 * Marks a route (or a whole controller) as open without a session. Every other route needs a
 * logged-in user: the session guard is global, so a forgotten guard cannot open an admin route.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_ROUTE, true);
