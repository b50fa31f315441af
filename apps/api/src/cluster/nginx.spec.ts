import { nginxConfig } from './nginx';

describe('nginx configuration of a cluster', () => {
  const base = { dir: '/data/nginx', host: '127.0.0.1', port: 3000, devMail: true };

  it('balances the ready replicas with passive health checks and keep-alive connections', () => {
    const conf = nginxConfig({
      ...base,
      upstreams: [
        { port: 3001, up: true },
        { port: 3002, up: false },
      ],
    });
    expect(conf).toContain('server 127.0.0.1:3001 max_fails=2 fail_timeout=5s;');
    expect(conf).toContain('server 127.0.0.1:3002 max_fails=2 fail_timeout=5s down;');
    expect(conf).toContain('keepalive 32;');
    expect(conf).toContain('proxy_set_header Connection "";');
    expect(conf).toContain('listen 127.0.0.1:3000;');
    expect(conf).toContain('pid /data/nginx/nginx.pid;');
  });

  it('retries on another replica only what failed to connect or timed out, never a non-idempotent request', () => {
    const conf = nginxConfig({ ...base, upstreams: [{ port: 3001, up: true }] });
    expect(conf).toMatch(/proxy_next_upstream error timeout;/);
    expect(conf).not.toContain('non_idempotent');
  });

  it('keeps every replica listed when none is ready, so the API answers its own 503', () => {
    const conf = nginxConfig({
      ...base,
      upstreams: [
        { port: 3001, up: false },
        { port: 3002, up: false },
      ],
    });
    expect(conf).not.toContain(' down;');
  });

  it('closes the development mailbox unless nginx listens on loopback only', () => {
    const open = nginxConfig({ ...base, upstreams: [{ port: 3001, up: true }] });
    expect(open).not.toContain('location ^~ /api/v1/dev/');
    const closed = nginxConfig({ ...base, host: '0.0.0.0', devMail: false, upstreams: [{ port: 3001, up: true }] });
    expect(closed).toContain('location ^~ /api/v1/dev/ { return 404; }');
    expect(closed).toContain('listen 0.0.0.0:3000;');
    expect(nginxConfig({ ...base, host: '::1', upstreams: [{ port: 3001, up: true }] })).toContain(
      'listen [::1]:3000;',
    );
  });
});
