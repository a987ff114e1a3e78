// Domain layer: what identifies a person for joining referrals, before it is hashed. Never stored as such.

/** Telephone digits in national form (+31 / 0031 → 0), else the e-mail address in lower case. */
export function persoonKenmerk(c: { telefoon?: string | undefined; email?: string | undefined }): string {
  if (c.telefoon) {
    const cijfers = c.telefoon.replace(/[^0-9+]/g, '').replace(/^(\+31|0031)/, '0');
    return `tel:${cijfers}`;
  }
  return `mail:${(c.email ?? '').trim().toLowerCase()}`;
}

/** Referrals of one person within this many days join the open case instead of starting a second one. */
export const SAMENVOEG_DAGEN = 30;
