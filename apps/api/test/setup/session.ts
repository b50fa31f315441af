import type { DevMail } from '@galaxy/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CookieAccessInfo } from 'cookiejar';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';

/** A browser-like client: keeps cookies, and echoes the CSRF cookie on unsafe requests as the SPA does. */
export class Client {
  readonly agent: TestAgent;
  private first = '';

  constructor(app: NestFastifyApplication) {
    this.agent = request.agent(app.getHttpServer());
  }

  async init(): Promise<this> {
    this.first = (await this.agent.get('/api/v1/auth/csrf').expect(200)).body.token;
    return this;
  }

  /** The cookie as it is now: signing in or out replaces it (the token is bound to the session). */
  get csrf(): string {
    return this.agent.jar.getCookie('galaxy_csrf', CookieAccessInfo.All)?.value ?? this.first;
  }

  get(path: string) {
    return this.agent.get(path);
  }
  post(path: string, body?: object) {
    return this.agent.post(path).set('X-CSRF-Token', this.csrf).send(body);
  }
  patch(path: string, body?: object) {
    return this.agent.patch(path).set('X-CSRF-Token', this.csrf).send(body);
  }
  delete(path: string) {
    return this.agent.delete(path).set('X-CSRF-Token', this.csrf);
  }

  async login(email: string, password: string): Promise<this> {
    await this.post('/api/v1/auth/login', { email, password }).expect(200);
    return this;
  }
}

export const newClient = (app: NestFastifyApplication) => new Client(app).init();

/**
 * The newest mail to this address in the development mailbox (a real SMTP server), with its first
 * link and its language; with `subject`, the newest one with that subject (mails sent after a response
 * arrive late).
 */
export async function lastMailTo(
  app: NestFastifyApplication,
  to: string,
  subject?: string,
): Promise<{ subject: string; text: string; language: string | null; link: string }> {
  for (let i = 0; i < 100; i++) {
    const res = await request(app.getHttpServer())
      .get(`/api/v1/dev/mail?to=${encodeURIComponent(to)}`)
      .expect(200);
    const mail = (res.body as DevMail[]).find((m) => subject === undefined || m.subject === subject);
    if (mail) return { ...mail, link: mail.links[0] };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${to}${subject ? ` with subject "${subject}"` : ''}`);
}

export const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;
