import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ChangePasswordInputSchema,
  CsrfSchema,
  ForgotPasswordInputSchema,
  LoginInputSchema,
  MeSchema,
  ProfileUpdateInputSchema,
  ResetPasswordInputSchema,
  SignupInputSchema,
  TokenInputSchema,
} from '@galaxy/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { AppError } from '../../common/app-error';
import {
  Authenticated,
  CSRF_COOKIE,
  CurrentUser,
  Req,
  SESSION_COOKIE,
  csrfTokenFor,
  type AuthUser,
} from '../../common/auth';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AccountsService, type RequestMeta } from './accounts.service';
import { SESSION_TTL_DAYS, SessionsService } from './sessions.service';
import { newToken } from './tokens';

class SignupDto extends createZodDto(SignupInputSchema) {}
class LoginDto extends createZodDto(LoginInputSchema) {}
class TokenDto extends createZodDto(TokenInputSchema) {}
class ForgotPasswordDto extends createZodDto(ForgotPasswordInputSchema) {}
class ResetPasswordDto extends createZodDto(ResetPasswordInputSchema) {}
class ChangePasswordDto extends createZodDto(ChangePasswordInputSchema) {}
class ProfileUpdateDto extends createZodDto(ProfileUpdateInputSchema) {}
class MeDto extends createZodDto(MeSchema) {}
class CsrfDto extends createZodDto(CsrfSchema) {}

const meta = (request: FastifyRequest): RequestMeta => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The CSRF token to echo in X-CSRF-Token (also readable from the galaxy_csrf cookie). */
  @Get('csrf')
  @ApiOkResponse({ type: CsrfDto })
  csrf(@Req() request: FastifyRequest) {
    return { token: request.csrfToken ?? request.cookies[CSRF_COOKIE] };
  }

  /** The same answer whether or not the address has an account; what happens next comes by email. */
  @Post('signup')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Check your email: a confirmation link, or a note for an existing account' })
  async signup(@Body() body: SignupDto, @Req() request: FastifyRequest) {
    await this.accounts.signup(body, meta(request));
    return { status: 'check your email' };
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { me, token } = await this.accounts.login(body.email, body.password, meta(request));
    this.setSession(reply, token);
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthUser | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    if (user) await this.sessions.revoke(user.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    this.setCsrf(reply, newToken());
  }

  /** Signs out every other device. */
  @Post('logout-others')
  @HttpCode(204)
  @Authenticated()
  async logoutOthers(@CurrentUser() user: AuthUser) {
    await this.sessions.revokeAll(user.id, user.sessionId);
  }

  /** Who is signed in; a visitor is an answer too (`{ "me": null }`), not a 401 in every console. */
  @Get('me')
  @ApiOkResponse({ type: MeDto, description: 'The member; when nobody is signed in, { "me": null }' })
  async me(@CurrentUser() user: AuthUser | undefined) {
    return user ? this.accounts.me(user.id) : { me: null };
  }

  @Patch('me')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  updateProfile(@CurrentUser() user: AuthUser, @Body() body: ProfileUpdateDto) {
    return this.accounts.updateProfile(user, body);
  }

  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  verifyEmail(@Body() body: TokenDto) {
    return this.accounts.verifyEmail(body.token);
  }

  @Post('resend-verification')
  @HttpCode(204)
  @Authenticated()
  async resendVerification(@CurrentUser() user: AuthUser) {
    await this.accounts.resendVerification(user);
  }

  @Post('forgot-password')
  @HttpCode(202)
  async forgotPassword(@Body() body: ForgotPasswordDto, @Req() request: FastifyRequest) {
    await this.accounts.forgotPassword(body.email, meta(request));
    return { status: 'sent if the account exists' };
  }

  /** The link mailed after repeated failed sign-ins: lifts the sign-in limit for the owner, once. */
  @Post('unlock-login')
  @HttpCode(204)
  @ApiNoContentResponse()
  async unlockLogin(@Body() body: TokenDto, @Req() request: FastifyRequest) {
    await this.accounts.unlockLogin(body.token, meta(request));
  }

  @Post('reset-password')
  @HttpCode(204)
  async resetPassword(@Body() body: ResetPasswordDto) {
    await this.accounts.resetPassword(body);
  }

  @Post('change-password')
  @HttpCode(204)
  @Authenticated()
  async changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto) {
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    await this.accounts.changePassword(user, body);
  }

  /** The readable CSRF cookie; with a session, that session's token (see csrfTokenFor). */
  private setCsrf(reply: FastifyReply, csrf: string): void {
    void reply.setCookie(CSRF_COOKIE, csrf, {
      httpOnly: false,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production',
      path: '/',
    });
  }

  private setSession(reply: FastifyReply, token: string): void {
    this.setCsrf(reply, csrfTokenFor(token));
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production',
      path: '/',
      maxAge: SESSION_TTL_DAYS * 24 * 3600,
    });
  }
}
