import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { LokaleJwt } from '../../local/jwt';

describe('local JWT issuer', () => {
  it('issues the claims a Cognito ID token of this stack carries, with the name when given', async () => {
    // Prepare
    const jwt = new LokaleJwt();

    // Act
    const token = await jwt.geefUit({ sub: 'c-1', gemeente: '0363', rol: 'consulent', name: 'A. Consulent' });
    const claims = decodeJwt(token);

    // Assess
    expect(claims).toMatchObject({
      sub: 'c-1',
      'custom:gemeente': '0363',
      'custom:rol': 'consulent',
      'cognito:username': 'c-1',
      token_use: 'id',
      name: 'A. Consulent',
    });
    expect(claims).not.toHaveProperty('gemeente');
    expect(await jwt.controleer(`Bearer ${token}`)).toMatchObject({
      'custom:gemeente': '0363',
      'custom:rol': 'consulent',
    });
  });

  it('leaves the name out when none is given and refuses a token it did not sign', async () => {
    // Prepare
    const jwt = new LokaleJwt();
    const ander = new LokaleJwt();

    // Act
    const token = await jwt.geefUit({ sub: 'c-2', gemeente: '0599', rol: 'teamleider' });

    // Assess
    expect(decodeJwt(token)).not.toHaveProperty('name');
    expect(await ander.controleer(`Bearer ${token}`)).toBeUndefined();
  });
});
