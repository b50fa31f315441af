import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { constants as zlibConstants } from 'node:zlib';
import { resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { CSRF_COOKIE, SESSION_COOKIE, csrfTokenFor } from './common/auth';
import { ProblemFilter, sendProblem, writeClientErrorProblem } from './common/problem.filter';
import { newToken } from './modules/accounts/tokens';
import { DevMailbox } from './modules/mail/dev-mailbox';
import { devMailPage } from './modules/mail/dev-mail.page';
import { requestIdFor } from './common/request-id';
import type { AppConfig } from './config/env';

export const API_PREFIX = 'api/v1';
const frameworkLogger = new NestLogger('Framework');
const BODY_LIMIT = 1024 * 1024;

/** Builds the whole HTTP application; `main.ts`, the launcher and the tests all use this. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    // Only the proxies named in TRUST_PROXY may set the client address (X-Forwarded-For); by default
    // none, so a forged header cannot dodge per-address limits.
    trustProxy: config.TRUST_PROXY ?? false,
    genReqId: requestIdFor,
    routerOptions: { ignoreTrailingSlash: true },
    // Fastify's and Node's own refusals (a malformed URL, headers too large…) are problem+json too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(reply, request, error, frameworkLogger),
    clientErrorHandler: writeClientErrorProblem,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      void reply.header('X-Request-Id', request.id);
      // Which replica answered: behind a load balancer, the first thing to know about a response.
      void reply.header('X-Served-By', config.GALAXY_REPLICA_ID);
    });

  // Search answers shrink about 5× with compression: it matters on the slow links many users have.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default level is far too slow for on-the-fly compression; 4 is near gzip's speed, smaller.
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifyCookie);
  // CSRF: every client gets a token in a cookie it can read, and must echo it in X-CSRF-Token on
  // unsafe requests (checked by AccessGuard). Signed in, the token is derived from the session, so
  // the cookie is put right whenever it is not that session's (after signing in or out).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const current = request.cookies[CSRF_COOKIE];
      const session = request.cookies[SESSION_COOKIE];
      const wanted = session ? csrfTokenFor(session) : (current ?? newToken());
      if (current === wanted) return;
      request.csrfToken = wanted;
      void reply.setCookie(CSRF_COOKIE, wanted, {
        httpOnly: false,
        sameSite: 'lax',
        secure: config.NODE_ENV === 'production',
        path: '/',
      });
    });

  const mailbox = app.get(DevMailbox);
  if (mailbox.enabled && !mailbox.readable) {
    app
      .get(Logger)
      .warn(
        `The development mailbox catches mail but is not shown: HOST ${config.HOST} is not loopback (set SMTP_URL, or HOST=127.0.0.1)`,
      );
  }
  if (mailbox.readable) {
    app
      .getHttpAdapter()
      .getInstance()
      .get('/dev/mail', async (_request, reply) =>
        reply
          .header('Cache-Control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(devMailPage(await mailbox.list())),
      );
  }

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const webRoot = resolve(config.WEB_DIST_DIR);
  const serveSpa = existsSync(resolve(webRoot, 'index.html'));
  if (serveSpa) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        void res.header(
          'Cache-Control',
          path.includes(`${resolve(webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  // Client-side routes (/solutions/…, /fr/…) get the SPA's index.html; /api/… never does.
  const spaFallback = (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (!serveSpa || request.method !== 'GET' || request.url.startsWith('/api')) return false;
    if (!(request.headers.accept ?? '').includes('text/html')) return false;
    void reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return true;
  };
  app.useGlobalFilters(new ProblemFilter(spaFallback));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Galaxy API')
      .setDescription(
        'Open API of Galaxy, a platform for South-South and triangular cooperation: solutions, partners, ' +
          'matchmaking. Errors are RFC 9457 problem+json with a stable `code` and per-field `errors`.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), {
    jsonDocumentUrl: 'api/openapi.json',
    raw: ['json'],
  });

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
