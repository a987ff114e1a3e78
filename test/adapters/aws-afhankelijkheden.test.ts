// Adapter: the Lambda composition root reads each environment variable only when its adapter is first used.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('awsAfhankelijkheden', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('builds without any AWS environment, so a calculator function needs no table', async () => {
    // Prepare
    vi.stubEnv('TABLE_NAME', '');
    const { awsAfhankelijkheden } = await import('../../functions/adapters/aws-afhankelijkheden');

    // Act
    const deps = awsAfhankelijkheden();

    // Assess
    expect(deps.klok.nu()).toBeInstanceOf(Date);
    expect(() => deps.opslag).toThrow(/TABLE_NAME/);
  });

  it('creates the store once, with the table from the environment', async () => {
    // Prepare
    vi.stubEnv('TABLE_NAME', 'schuldhulp');
    const { awsAfhankelijkheden } = await import('../../functions/adapters/aws-afhankelijkheden');

    // Act
    const deps = awsAfhankelijkheden();

    // Assess
    expect(deps.opslag).toBe(deps.opslag);
  });

  it('fails on a port the function did not wire, naming the port, and makes the wired ones once', async () => {
    // Prepare
    vi.stubEnv('TABLE_NAME', 'schuldhulp');
    const { awsBedrading } = await import('../../functions/adapters/aws-bedrading');
    const { opslag } = await import('../../functions/adapters/aws-poorten');

    // Act
    const deps = awsBedrading({ opslag });

    // Assess
    expect(deps()).toBe(deps());
    expect(deps().opslag).toBe(deps().opslag);
    expect(deps().klok.nu()).toBeInstanceOf(Date);
    expect(() => deps().consulent).toThrow(/port consulent is not wired/);
  });
});
