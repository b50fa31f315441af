import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { DevMailbox } from './dev-mailbox';

class DevMailQueryDto extends createZodDto(z.strictObject({ to: z.string().max(320).optional() })) {}

/** The development mailbox: registered only when it runs (never in production). */
@ApiExcludeController()
@Controller()
export class DevMailController {
  constructor(private readonly mailbox: DevMailbox) {}

  @Get('dev/mail')
  list(@Query() { to }: DevMailQueryDto) {
    return this.mailbox.list(to);
  }
}
