import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ContactMessageInputSchema,
  InvitationAcceptedSchema,
  InvitationInputSchema,
  InvitationParamSchema,
  InvitationPreviewSchema,
  InvitationTokenParamSchema,
  MemberParamSchema,
  MemberUpdateInputSchema,
  OrganizationAdminViewSchema,
  OrganizationIdParamSchema,
  OrganizationRegisterInputSchema,
  OrganizationUpdateInputSchema,
  VerificationInputSchema,
} from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, Req, StaffOnly, type AuthUser } from '../../common/auth';
import { RateLimiter } from '../accounts';
import type { FastifyRequest } from 'fastify';
import { AccessPolicy } from './access-policy';
import { OrganizationAdminService } from './organization-admin.service';

class RegisterDto extends createZodDto(OrganizationRegisterInputSchema) {}
class OrganizationUpdateDto extends createZodDto(OrganizationUpdateInputSchema) {}
class InvitationDto extends createZodDto(InvitationInputSchema) {}
class MemberUpdateDto extends createZodDto(MemberUpdateInputSchema) {}
class VerificationDto extends createZodDto(VerificationInputSchema) {}
class OrganizationIdParamDto extends createZodDto(OrganizationIdParamSchema) {}
class MemberParamDto extends createZodDto(MemberParamSchema) {}
class TokenParamDto extends createZodDto(InvitationTokenParamSchema) {}
class AdminViewDto extends createZodDto(OrganizationAdminViewSchema) {}
class ContactMessageDto extends createZodDto(ContactMessageInputSchema) {}
class InvitationAcceptedDto extends createZodDto(InvitationAcceptedSchema) {}
class InvitationParamDto extends createZodDto(InvitationParamSchema) {}
class InvitationPreviewDto extends createZodDto(InvitationPreviewSchema) {}

/** Partner organizations as their members and staff manage them. Every route checks the caller's role in that organization. */
@ApiTags('organizations')
@Controller()
export class OrganizationAdminController {
  constructor(
    private readonly admin: OrganizationAdminService,
    private readonly access: AccessPolicy,
    private readonly limiter: RateLimiter,
  ) {}

  /** Anyone may write to a partner; the message is relayed, the address stays private. */
  @Post('organizations/:id/contact')
  @HttpCode(202)
  async contact(
    @Param() { id }: OrganizationIdParamDto,
    @Body() body: ContactMessageDto,
    @Req() request: FastifyRequest,
  ) {
    await this.limiter.consume({ key: `contact:ip:${request.ip}`, limit: 10, windowSeconds: 3600 });
    await this.admin.relayContact(id, body);
    return { status: 'sent' };
  }

  @Post('organizations')
  @Authenticated()
  @ApiCreatedResponse({
    type: AdminViewDto,
    description: 'Registered; the caller becomes its administrator; unverified until staff verify it',
  })
  register(@CurrentUser() user: AuthUser, @Body() body: RegisterDto) {
    return this.admin.register(user, body);
  }

  @Get('organizations/:id/manage')
  @Authenticated()
  @ApiOkResponse({ type: AdminViewDto, description: 'Profile with private fields, members and pending invitations' })
  async manage(@CurrentUser() user: AuthUser, @Param() { id }: OrganizationIdParamDto) {
    await this.access.requireAccess({ auth: user, permission: 'organization.view', organizationId: id });
    return this.admin.view(id);
  }

  @Patch('organizations/:id')
  @Authenticated()
  @ApiOkResponse({ type: AdminViewDto })
  async update(
    @CurrentUser() user: AuthUser,
    @Param() { id }: OrganizationIdParamDto,
    @Body() body: OrganizationUpdateDto,
  ) {
    await this.access.requireAccess({ auth: user, permission: 'organization.edit', organizationId: id });
    return this.admin.update(id, body);
  }

  @Post('organizations/:id/invitations')
  @Authenticated()
  @ApiCreatedResponse({ type: AdminViewDto, description: 'Invitation emailed' })
  async invite(@CurrentUser() user: AuthUser, @Param() { id }: OrganizationIdParamDto, @Body() body: InvitationDto) {
    await this.access.requireAccess({ auth: user, permission: 'organization.manage', organizationId: id });
    return this.admin.invite(user, id, body.email, body.role);
  }

  @Delete('organizations/:id/invitations/:invitationId')
  @HttpCode(204)
  @Authenticated()
  async revokeInvitation(@CurrentUser() user: AuthUser, @Param() { id, invitationId }: InvitationParamDto) {
    await this.access.requireAccess({ auth: user, permission: 'organization.manage', organizationId: id });
    await this.admin.revokeInvitation(id, invitationId);
  }

  @Post('organizations/:id/invitations/:invitationId/resend')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({ type: AdminViewDto, description: 'Sent again with a new link; the old link stops working' })
  async resendInvitation(@CurrentUser() user: AuthUser, @Param() { id, invitationId }: InvitationParamDto) {
    await this.access.requireAccess({ auth: user, permission: 'organization.manage', organizationId: id });
    // Each resend is a mail to someone outside Galaxy: a few an hour per invitation.
    await this.limiter.consume({ key: `invitation-resend:${invitationId}`, limit: 5, windowSeconds: 3600 });
    return this.admin.resendInvitation(user, id, invitationId);
  }

  /** Anyone holding the link may see what it invites to, before signing in or up. */
  @Get('invitations/:token')
  @ApiOkResponse({ type: InvitationPreviewDto, description: 'The organization, invited address, role and expiry' })
  previewInvitation(@Param() { token }: TokenParamDto) {
    return this.admin.previewInvitation(token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({
    type: InvitationAcceptedDto,
    description: 'Now a member; must be signed in with the invited address',
  })
  accept(@CurrentUser() user: AuthUser, @Param() { token }: TokenParamDto) {
    return this.admin.acceptInvitation(user, token);
  }

  @Patch('organizations/:id/members/:userId')
  @Authenticated()
  @ApiOkResponse({ type: AdminViewDto })
  async changeRole(
    @CurrentUser() user: AuthUser,
    @Param() { id, userId }: MemberParamDto,
    @Body() body: MemberUpdateDto,
  ) {
    await this.access.requireAccess({ auth: user, permission: 'organization.manage', organizationId: id });
    return this.admin.changeRole(id, userId, body.role);
  }

  @Delete('organizations/:id/members/:userId')
  @HttpCode(204)
  @Authenticated()
  async remove(@CurrentUser() user: AuthUser, @Param() { id, userId }: MemberParamDto) {
    // Anyone may leave an organization; removing someone else takes its administrator.
    if (userId !== user.id)
      await this.access.requireAccess({ auth: user, permission: 'organization.manage', organizationId: id });
    await this.admin.removeMember(id, userId);
  }

  @Post('organizations/:id/verification')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({ type: AdminViewDto })
  verify(@Param() { id }: OrganizationIdParamDto, @Body() body: VerificationDto) {
    return this.admin.verify(id, body.level);
  }
}
