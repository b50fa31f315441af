import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AuditListSchema,
  AuditQuerySchema,
  ConfirmVerificationInputSchema,
  CreateSolutionDraftInputSchema,
  CurationQueueQuerySchema,
  CurationQueueSchema,
  ImportInputSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  OrganizationIdParamSchema,
  OrganizationSolutionListSchema,
  ReviewInputSchema,
  RevisionListSchema,
  SolutionIdParamSchema,
  SolutionWorkspaceSchema,
  UnpublishInputSchema,
  UpdateSolutionDraftInputSchema,
  VerificationDueListSchema,
  VersionInputSchema,
} from '@galaxy/contracts';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, Req, StaffOnly, type AuthUser } from '../../common/auth';
import { RateLimiter } from '../accounts';
import { AccessPolicy } from '../organizations';
import { AuditLog } from './audit-log';
import { CurationImport } from './curation-import';
import { CurationQueueService } from './curation-queue.service';
import { CurationService } from './curation.service';
import { VerificationReminders } from './verification-reminders';

class SolutionIdParamDto extends createZodDto(SolutionIdParamSchema) {}
class OwnerOrganizationIdParamDto extends createZodDto(OrganizationIdParamSchema) {}
class CreateSolutionDraftDto extends createZodDto(CreateSolutionDraftInputSchema) {}
class UpdateSolutionDraftDto extends createZodDto(UpdateSolutionDraftInputSchema) {}
class VersionDto extends createZodDto(VersionInputSchema) {}
class ReviewDto extends createZodDto(ReviewInputSchema) {}
class UnpublishDto extends createZodDto(UnpublishInputSchema) {}
class QueueQueryDto extends createZodDto(CurationQueueQuerySchema) {}
class AuditQueryDto extends createZodDto(AuditQuerySchema) {}
class ImportDto extends createZodDto(ImportInputSchema) {}
class ConfirmDto extends createZodDto(ConfirmVerificationInputSchema) {}
class WorkspaceDto extends createZodDto(SolutionWorkspaceSchema) {}
class RevisionListDto extends createZodDto(RevisionListSchema) {}
class OrganizationSolutionListDto extends createZodDto(OrganizationSolutionListSchema) {}
class QueueDto extends createZodDto(CurationQueueSchema) {}
class VerificationDueDto extends createZodDto(VerificationDueListSchema) {}
class AuditListDto extends createZodDto(AuditListSchema) {}
class ImportPreviewDto extends createZodDto(ImportPreviewSchema) {}
class ImportResultDto extends createZodDto(ImportResultSchema) {}

/**
 * The curation workflow: partners write drafts and submit them, curators review, publish,
 * unpublish and verify. Every action answers with the solution's workspace as it now is.
 */
@ApiTags('curation')
@Controller()
export class CurationController {
  constructor(
    private readonly curation: CurationService,
    private readonly queue: CurationQueueService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly importer: CurationImport,
    private readonly reminders: VerificationReminders,
    private readonly limiter: RateLimiter,
  ) {}

  @Post('solutions')
  @Authenticated()
  @ApiCreatedResponse({ type: WorkspaceDto, description: 'A new draft, for an organization the caller edits' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateSolutionDraftDto) {
    return this.curation.create(user, body);
  }

  @Get('solutions/:id/workspace')
  @Authenticated()
  @ApiOkResponse({
    type: WorkspaceDto,
    description: 'The solution’s workflow, for its organization’s editors and staff',
  })
  workspace(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto) {
    return this.curation.workspace(user, id);
  }

  @Patch('solutions/:id')
  @Authenticated()
  @ApiOkResponse({
    type: WorkspaceDto,
    description: 'Edits the open revision, or opens a revision of a published solution (which stays live)',
  })
  update(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto, @Body() body: UpdateSolutionDraftDto) {
    return this.curation.update(user, id, body);
  }

  @Post('solutions/:id/submit')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({ type: WorkspaceDto, description: 'Sent for review; 400 lists what is missing' })
  submit(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto, @Body() body: VersionDto) {
    return this.curation.submit(user, id, body.version);
  }

  @Post('solutions/:id/review')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({ type: WorkspaceDto, description: 'Approve and publish, request changes, or reject' })
  review(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto, @Body() body: ReviewDto) {
    return this.curation.review(user, id, body);
  }

  @Post('solutions/:id/unpublish')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({ type: WorkspaceDto, description: 'Archived: out of search and the public API' })
  unpublish(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto, @Body() body: UnpublishDto) {
    return this.curation.unpublish(user, id, body);
  }

  @Post('solutions/:id/verify')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({ type: WorkspaceDto, description: 'Marked as verified today' })
  verify(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto) {
    return this.curation.verify(user, id);
  }

  @Get('solutions/:id/revisions')
  @Authenticated()
  @ApiOkResponse({ type: RevisionListDto, description: 'Every revision with its full text, newest first' })
  revisions(@CurrentUser() user: AuthUser, @Param() { id }: SolutionIdParamDto) {
    return this.curation.revisions(user, id);
  }

  @Get('organizations/:id/solutions')
  @Authenticated()
  @ApiOkResponse({ type: OrganizationSolutionListDto, description: 'The organization’s solutions in every state' })
  async organizationSolutions(@CurrentUser() user: AuthUser, @Param() { id }: OwnerOrganizationIdParamDto) {
    await this.access.requireAccess({ auth: user, permission: 'organization.view', organizationId: id });
    return this.curation.organizationSolutions(id);
  }

  @Get('curation/queue')
  @StaffOnly()
  @ApiOkResponse({ type: QueueDto, description: 'Submissions waiting for review, oldest first' })
  reviewQueue(@Query() query: QueueQueryDto) {
    return this.queue.queue(query);
  }

  @Get('curation/verification-due')
  @StaffOnly()
  @ApiOkResponse({ type: VerificationDueDto, description: 'Published solutions not verified for 18 months' })
  verificationDue() {
    return this.queue.verificationDue();
  }

  @Post('curation/import/preview')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({ type: ImportPreviewDto, description: 'What an import would do, row by row; changes nothing' })
  importPreview(@Body() body: ImportDto) {
    return this.importer.preview(body);
  }

  @Post('curation/import')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({ type: ImportResultDto, description: 'Imports and publishes the valid rows; skips the others' })
  import(@CurrentUser() user: AuthUser, @Body() body: ImportDto) {
    return this.importer.run(user, body);
  }

  @Get('audit')
  @StaffOnly()
  @ApiOkResponse({ type: AuditListDto, description: 'Who did what, when, newest first' })
  auditLog(@Query() query: AuditQueryDto) {
    return this.audit.list(query.entity, query.id);
  }

  /** The one-click link in the mail to a solution's contact; no account needed. */
  @Post('verification-confirmations')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The solution is marked as verified today' })
  async confirm(@Body() body: ConfirmDto, @Req() request: FastifyRequest) {
    await this.limiter.consume({ key: `confirm:ip:${request.ip}`, limit: 30, windowSeconds: 3600 });
    await this.reminders.confirm(body.token);
  }
}
