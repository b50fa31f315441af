import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD, APP_PIPE, Reflector } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './common/auth';
import { requestIdFor } from './common/request-id';
import { ZodValidationPipe } from './common/zod-validation.pipe';
import { APP_CONFIG, AppConfig } from './config/env';
import { apiDatabaseLimits, dataSourceOptions } from './database/data-source';
import { HealthModule } from './modules/health/health.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { SessionsService } from './modules/accounts/sessions.service';
import { CatalogModule } from './modules/solutions/catalog.module';
import { CurationModule } from './modules/curation/curation.module';
import { MatchmakingModule } from './modules/matchmaking/matchmaking.module';
import { DevMailController } from './modules/mail/dev-mail.controller';
import { devMailboxReadable } from './modules/mail/dev-mailbox';
import { MailModule } from './modules/mail/mail.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { OperationsModule } from './modules/operations/operations.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { ExportsModule } from './modules/exports';
import { SolutionsModule } from './modules/solutions/solutions.module';
import { StatsModule } from './modules/stats/stats.module';
import { MEILI, MEILI_ADMIN, createMeiliClient, meiliKeys, SEARCH_HEALTH, SearchHealth } from './modules/search';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: SEARCH_HEALTH,
          useFactory: () =>
            new SearchHealth({
              url: config.MEILI_URL,
              baseDelayMs: config.SEARCH_RETRY_BASE_MS,
              maxDelayMs: Math.min(config.SEARCH_RETRY_MAX_MS, 5_000),
            }),
        },
        {
          provide: MEILI,
          inject: [SEARCH_HEALTH],
          useFactory: (health: SearchHealth) =>
            createMeiliClient(config, meiliKeys(config).search, { health, failFast: true }),
        },
        {
          provide: MEILI_ADMIN,
          inject: [SEARCH_HEALTH],
          useFactory: (health: SearchHealth) => createMeiliClient(config, meiliKeys(config).admin, { health }),
        },
      ],
      exports: [APP_CONFIG, MEILI, MEILI_ADMIN, SEARCH_HEALTH],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            base: { replica: config.GALAXY_REPLICA_ID, role: config.GALAXY_ROLE },
            genReqId: requestIdFor,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
            autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
          },
        }),
        TypeOrmModule.forRoot(
          dataSourceOptions(config.DATABASE_URL, {}, apiDatabaseLimits(config), config.DATABASE_REPLICA_URL),
        ),
        HealthModule,
        ReferenceModule,
        CatalogModule,
        SolutionsModule,
        ExportsModule,
        OrganizationsModule,
        StatsModule,
        CurationModule,
        MatchmakingModule,
        AccountsModule,
        MailModule,
        OperationsModule,
      ],
      // The development mailbox's API exists only where the mailbox runs and only on loopback: never in production.
      controllers: devMailboxReadable(config) ? [DevMailController] : [],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        {
          provide: APP_GUARD,
          inject: [Reflector, SessionsService],
          useFactory: (reflector: Reflector, sessions: SessionsService) =>
            new AccessGuard(reflector, (token) => sessions.lookup(token)),
        },
      ],
    };
  }
}
