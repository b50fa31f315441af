import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ReadinessSchema, type Readiness } from '@galaxy/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { SearchIndexes } from '../search';
import { HealthRepository } from './health.repository';

class ReadinessDto extends createZodDto(ReadinessSchema) {}

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly database: HealthRepository,
    private readonly search: SearchIndexes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The process is up. Says nothing about its dependencies. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /**
   * Ready to serve: database reachable and migrated; 503 otherwise, so that a replica that cannot reach
   * PostgreSQL takes itself out of rotation. Search down is `degraded`, still 200: it is shared by
   * every replica, and searches answer from PostgreSQL meanwhile.
   */
  @Get('ready')
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const [database, migrations, search] = await Promise.all([
      this.database.ping().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      this.database.migrationsPending().then(
        (pending) => (pending ? ('pending' as const) : ('applied' as const)),
        () => 'unknown' as const,
      ),
      this.search.reachable().then((up) => (up ? ('up' as const) : ('down' as const))),
    ]);
    const ready = database === 'up' && migrations === 'applied';
    void reply.status(ready ? 200 : 503);
    return {
      status: !ready ? 'unavailable' : search === 'up' ? 'ready' : 'degraded',
      database,
      search,
      migrations,
      replica: this.config.GALAXY_REPLICA_ID,
      role: this.config.GALAXY_ROLE,
    };
  }
}
