// The check that every event on the local bus matches /asyncapi.json does refuse an event that does not.
import { describe, expect, it } from 'vitest';
import { afwijkingenVanAsyncApi } from '../support/bus-events-validatie';

const metadata = {
  id: '3f2b8c1e-7a4d-4e9b-9c21-5d6e7f8a9b0c/1',
  occurredAt: '2026-03-02T09:00:00.000Z',
  gemeente: '0363',
  correlationId: 'c-1',
  version: 1 as const,
};
const trajectId = '3f2b8c1e-7a4d-4e9b-9c21-5d6e7f8a9b0c';

describe('events checked against the AsyncAPI document', () => {
  it('accepts an event as catalogued', () => {
    // Act
    const afwijkingen = afwijkingenVanAsyncApi({
      source: 'nl.schuldhulp.traject',
      detailType: 'stap-voltooid',
      detail: { metadata, data: { trajectId, stap: 'intake', datum: '2026-03-02' } },
    });

    // Assess
    expect(afwijkingen).toEqual([]);
  });

  it('refuses a detail with a field the schema does not allow, or without one it needs', () => {
    // Act
    const extra = afwijkingenVanAsyncApi({
      source: 'nl.schuldhulp.traject',
      detailType: 'aanmelding-ontvangen',
      detail: { metadata, data: { trajectId, naam: 'Test Persoon' } } as never,
    });
    const zonder = afwijkingenVanAsyncApi({
      source: 'nl.schuldhulp.traject',
      detailType: 'stap-voltooid',
      detail: { metadata, data: { trajectId } } as never,
    });

    // Assess
    expect(extra.length).toBeGreaterThan(0);
    expect(zonder.join()).toContain('stap');
  });

  it('refuses an event type the catalogue does not list', () => {
    // Act
    const afwijkingen = afwijkingenVanAsyncApi({
      source: 'nl.schuldhulp.onbekend' as never,
      detailType: 'iets' as never,
      detail: { metadata, data: { trajectId } } as never,
    });

    // Assess
    expect(afwijkingen.join()).toContain('not in the event catalogue');
  });
});
