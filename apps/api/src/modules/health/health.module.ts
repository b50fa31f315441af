import { Module } from '@nestjs/common';
import { SearchModule } from '../search';
import { HealthController } from './health.controller';
import { HealthRepository } from './health.repository';

@Module({ imports: [SearchModule], controllers: [HealthController], providers: [HealthRepository] })
export class HealthModule {}
