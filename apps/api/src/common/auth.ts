import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  SetMetadata,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GlobalRole } from '@galaxy/contracts';
import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

export const SESSION_COOKIE = 'galaxy_session';
export const CSRF_COOKIE = 'galaxy_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in user, as the guards and services see it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: GlobalRole;
  emailVerified: boolean;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
    csrfToken?: string;
  }
}

const AUTH_KEY = 'galaxy:auth';
interface AuthRequirement {
  roles?: GlobalRole[];
}

/** The route needs a signed-in user (of one of these global roles, when given). */
export const Authenticated = (...roles: GlobalRole[]) =>
  applyDecorators(SetMetadata(AUTH_KEY, { roles: roles.length ? roles : undefined } satisfies AuthRequirement));

/** Staff only: curators and administrators. */
export const StaffOnly = () => Authenticated('curator', 'admin');

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<FastifyRequest>().user;
});

export const Req = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  ctx.switchToHttp().getRequest<FastifyRequest>(),
);
export const Reply = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  ctx.switchToHttp().getResponse<FastifyReply>(),
);

export type SessionLookup = (token: string) => Promise<AuthUser | undefined>;
export const SESSION_LOOKUP = Symbol('SESSION_LOOKUP');

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * One guard for every route, in this order: CSRF (double submit: the `galaxy_csrf` cookie must be
 * echoed in X-CSRF-Token on unsafe methods), then the session, then the route's requirement.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly lookup: SessionLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (UNSAFE.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const cookie = request.cookies?.[CSRF_COOKIE];
      if (!cookie || typeof header !== 'string' || header !== cookie) {
        throw new AppError('CSRF_FAILED', 'Missing or wrong X-CSRF-Token header: echo the galaxy_csrf cookie', [
          { location: 'header', field: CSRF_HEADER, message: 'Must equal the galaxy_csrf cookie' },
        ]);
      }
    }
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) request.user = await this.lookup(token);
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!requirement) return true;
    if (!request.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    if (requirement.roles && !requirement.roles.includes(request.user.role)) throw AppError.forbidden();
    return true;
  }
}
