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
import { createHmac, timingSafeEqual } from 'node:crypto';
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
 * The CSRF token of a session: an HMAC keyed by the session's secret cookie, so it is bound to that
 * session (a token read in another session, or before signing in, is refused) and needs no server
 * secret. The session cookie is httpOnly; this token is readable by the page.
 */
export const csrfTokenFor = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('galaxy csrf token').digest('base64url');

/**
 * The CSRF token this request must carry: bound to its session when it has one; before signing in,
 * the random `galaxy_csrf` cookie (double submit).
 */
export const expectedCsrfToken = (request: FastifyRequest): string | undefined => {
  const session = request.cookies?.[SESSION_COOKIE];
  return session ? csrfTokenFor(session) : request.cookies?.[CSRF_COOKIE];
};

const sameToken = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * One guard for every route, in this order: CSRF (the `galaxy_csrf` cookie must be echoed in
 * X-CSRF-Token on unsafe methods, and with a session it must be that session's token), then the
 * session, then the route's requirement.
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
      const expected = expectedCsrfToken(request);
      if (!expected || typeof header !== 'string' || !sameToken(header, expected)) {
        throw new AppError('CSRF_FAILED', 'Missing or wrong X-CSRF-Token header: echo the galaxy_csrf cookie', [
          { location: 'header', field: CSRF_HEADER, message: 'Must equal the galaxy_csrf cookie of this session' },
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
