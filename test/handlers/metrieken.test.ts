import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schrijfMetriek } from '../../functions/adapters/metriek-regel';
import { METRIEK_NAMESPACE, metrieken } from '../../functions/contracts/metrieken';
import { meet, meetInzageLogMislukt, meetStapControle, meetWorkflowMislukt } from '../../functions/handlers/metrieken';

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

  it('emits InzageLogMislukt, the metric the audit code reports a failed write with', () => {
    // Act
    meetInzageLogMislukt();

    // Assess
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
    meetInzageLogMislukt();

    // Assess
    expect(records()).toEqual([]);
  });
});
