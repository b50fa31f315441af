import { sameDomain } from './organization-admin.service';

describe('email-domain verification', () => {
  it('matches an address on the organization’s own domain or a subdomain of it', () => {
    expect(sameDomain('a.diallo@apix.sn', 'https://www.apix.sn/en')).toBe(true);
    expect(sameDomain('desk@coop.agency.gov.br', 'https://agency.gov.br')).toBe(true);
  });

  it('does not match other domains, look-alikes or a missing website', () => {
    expect(sameDomain('a@gmail.com', 'https://apix.sn')).toBe(false);
    expect(sameDomain('a@evilapix.sn', 'https://apix.sn')).toBe(false);
    expect(sameDomain('a@apix.sn', undefined)).toBe(false);
  });

  it('never matches a free mail provider, even with its own website', () => {
    for (const domain of ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'yandex.ru', 'qq.com', '163.com'])
      expect(sameDomain(`someone@${domain}`, `https://${domain}`)).toBe(false);
    expect(sameDomain('someone@mail.gmail.com', 'https://gmail.com')).toBe(false);
  });
});
