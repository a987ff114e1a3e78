import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schrijfMetriek } from '../../functions/adapters/metriek-regel';
import { METRIEK_NAMESPACE, metrieken } from '../../functions/contracts/metrieken';
import type { Verzoek } from '../../functions/handlers/http/http-handler';
import { registreerInzage } from '../../functions/handlers/http/inzage';
import { meet, meetStapControle, meetWorkflowMislukt } from '../../functions/handlers/metrieken';

type Emf = {
  _aws: {
    CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[];
  };
  [k: string]: unknown;
};

describe('metrics in embedded metric format', () => {
  let regels: string[];
  beforeEach(() => {
    regels = [];
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    vi.spyOn(process.stdout, 'write').mockImplementation((tekst: string | Uint8Array) => {
      regels.push(String(tekst));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    delete process.env.METRIEKEN_PER_GEMEENTE;
  });
  const records = () =>
    regels
      .flatMap((r) => r.split('\n'))
      .filter((r) => r.includes('"_aws"'))
      .map((r) => JSON.parse(r) as Emf);

  it('counts a first breach per step, with the aggregate dimension set the alarm watches and the gemeente as a property', () => {
    // Prepare
    const resultaat = {
      stap: 'eerste-gesprek' as const,
      status: 'overschreden' as const,
      wachtSeconden: 1,
      termijnen: {},
      meting: { gemeente: '0363', gemeld: 'overschrijding' as const },
    };

    // Act
    meetStapControle(resultaat);

    // Assess
    const [record] = records();
    expect(record?._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: METRIEK_NAMESPACE,
      Dimensions: [['service', 'stap'], ['service']],
      Metrics: [{ Name: 'DeadlineOverschreden', Unit: 'Count' }],
    });
    expect(record).toMatchObject({ stap: 'eerste-gesprek', gemeente: '0363', DeadlineOverschreden: 1 });
  });

  it('counts a completed step within or outside its norm (the store), a reminder, and nothing for an open step', () => {
    // Prepare
    const basis = { stap: 'intake' as const, wachtSeconden: 1, termijnen: {} };

    // Act
    schrijfMetriek('StapBinnenNorm', { stap: 'intake', gemeente: '0363' });
    schrijfMetriek('StapBuitenNorm', { stap: 'intake', gemeente: '0363' });
    meetStapControle({ ...basis, status: 'overschreden', meting: { gemeente: '0363', gemeld: 'herinnering' } });
    meetStapControle({ ...basis, status: 'open', deadline: '2026-12-01' });

    // Assess
    const namen = records().map((r) => r._aws.CloudWatchMetrics[0]?.Metrics[0]?.Name);
    expect(namen).toEqual(['StapBinnenNorm', 'StapBuitenNorm', 'DeadlineHerinnering']);
    const [binnen, , herinnering] = records();
    // The store's record has the shape Powertools writes, so one alarm and one widget read both.
    expect(binnen?._aws.CloudWatchMetrics[0]?.Dimensions).toEqual(herinnering?._aws.CloudWatchMetrics[0]?.Dimensions);
    expect(binnen).toMatchObject({ service: 'schuldhulp-flow', stap: 'intake', gemeente: '0363', StapBinnenNorm: 1 });
  });

  it('adds a gemeente dimension set only where the deployment asks for it', () => {
    // Prepare
    process.env.METRIEKEN_PER_GEMEENTE = 'true';

    // Act
    meet('StapBinnenNorm', { stap: 'intake', gemeente: '0599' });

    // Assess
    expect(records()[0]?._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([
      ['service', 'stap'],
      ['service'],
      ['service', 'gemeente'],
    ]);
  });

  it('emits InzageLogMislukt when the audit record of a read cannot be written, and fails the read', async () => {
    // Prepare: an inzage log that refuses the write
    const v = {
      deps: {
        inzage: { leg: async () => Promise.reject(new Error('throttled')) },
        klok: { nu: () => new Date(), wachtSeconden: (s: number) => s },
      },
      gebruiker: { gemeente: '0363', sub: 'u-1', rol: 'loket' },
      route: 'GET /trajecten/{id}',
      correlatieId: 'r-1',
    } as unknown as Verzoek<unknown, unknown>;

    // Act
    const lezen = registreerInzage(v, { trajectId: 't-1' });

    // Assess
    await expect(lezen).rejects.toThrow();
    expect(Object.keys(metrieken)).toContain('InzageLogMislukt');
    expect(records()[0]).toMatchObject({ InzageLogMislukt: 1 });
    expect(records()[0]?._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([['service']]);
  });

  it('counts a failed workflow per workflow, so every metric of the contract has an emitter', () => {
    // Act
    meetWorkflowMislukt('in-contact', '0363');

    // Assess
    expect(records()[0]).toMatchObject({ workflow: 'in-contact', gemeente: '0363', WorkflowMislukt: 1 });
    expect(records()[0]?._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([['service', 'workflow'], ['service']]);
  });

  it('writes nothing outside Lambda unless asked', () => {
    // Prepare
    delete process.env.POWERTOOLS_METRICS_DISABLED;

    // Act
    meet('InzageLogMislukt');
    schrijfMetriek('StapBinnenNorm', { stap: 'intake' });

    // Assess
    expect(records()).toEqual([]);
  });

  it('has a production call site for every metric of the contract (a widget or alarm never watches a silent metric)', () => {
    // Prepare: every source file under functions/, without the contract and the two writers themselves
    const bron = (map: string): string[] =>
      readdirSync(map, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? bron(join(map, e.name)) : e.name.endsWith('.ts') ? [join(map, e.name)] : [],
      );
    const code = bron('functions')
      .filter((f) => !f.endsWith('contracts/metrieken.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const binnenOfBuiten = /schrijfMetriek\(a\.binnenTermijn \? 'StapBinnenNorm' : 'StapBuitenNorm'/;
    const aanroep: Record<string, RegExp> = {
      WorkflowMislukt: /meetWorkflowMislukt\(invoer\.workflow/,
      DeadlineOverschreden: /meetStapControle\(resultaat\)/,
      DeadlineHerinnering: /meetStapControle\(resultaat\)/,
      StapBinnenNorm: binnenOfBuiten,
      StapBuitenNorm: binnenOfBuiten,
      InzageLogMislukt: /schrijfMetriek\('InzageLogMislukt'/,
    };

    // Assess
    for (const naam of Object.keys(metrieken)) expect(code, naam).toMatch(aanroep[naam] ?? /a call site nobody wrote/);
  });
});
