// Domain: the case store reads a stored event back by its envelope (functions/domain/traject/gebeurtenissen.ts
// `OpgeslagenEnvelop`). Its list of event types is the union's, an unknown type or a broken envelope is refused, and
// the data comes back as it was written. The local runtime checks every write against the whole schema
// (local/contract-opslag.ts): a stripped key or a filled default fails there.
import { describe, expect, it } from 'vitest';
import {
  GEBEURTENIS_TYPES,
  leesOpgeslagen,
  type OpgeslagenGebeurtenis,
  TrajectGebeurtenis,
} from '../../../functions/domain/traject/gebeurtenissen';
import { eisContract } from '../../../local/contract-opslag';

const opgeslagen = {
  volgnummer: 3,
  op: '2026-03-09T10:00:00.000Z',
  actor: { soort: 'medewerker', sub: 'c-1', rol: 'consulent' },
  gemeente: '0363',
  gebeurtenis: { type: 'notitie-gemaakt', data: { id: 'n-1', tekst: 'belde terug' } },
  wijzigingen: [{ veld: 'stap', oud: 'intake', nieuw: 'beschikking' }],
  correlatieId: 'req-1',
} as const;

describe('the stored event envelope', () => {
  it('lists exactly the event types of the union, in its order', () => {
    // Act
    const vanUnie = [...(TrajectGebeurtenis._zod.propValues.type ?? [])];

    // Assess
    expect([...GEBEURTENIS_TYPES]).toEqual(vanUnie);
  });

  it('gives the event back with its data as written', () => {
    // Act
    const gelezen = leesOpgeslagen(structuredClone(opgeslagen));

    // Assess
    expect(gelezen).toEqual(opgeslagen);
  });

  it.each([
    ['an unknown type (written by a newer deployment)', { gebeurtenis: { type: 'toekomstig-event', data: {} } }],
    ['no data', { gebeurtenis: { type: 'notitie-gemaakt' } }],
    ['a volgnummer of 0', { volgnummer: 0 }],
    ['an actor of no known kind', { actor: { soort: 'robot' } }],
    ['no correlatieId', { correlatieId: undefined }],
  ])('refuses %s', (_, wijziging) => {
    // Act / Assess
    expect(() => leesOpgeslagen({ ...opgeslagen, ...wijziging })).toThrow();
  });
});

describe('the contract check of the local runtime', () => {
  const notitie = (data: Record<string, unknown>) =>
    ({ ...opgeslagen, gebeurtenis: { type: 'notitie-gemaakt', data } }) as unknown as OpgeslagenGebeurtenis;

  it('lets an event through that is exactly its schema', () => {
    // Act / Assess
    expect(() => eisContract(notitie({ id: 'n-1', tekst: 'belde terug' }))).not.toThrow();
  });

  it('refuses data the schema refuses, naming the event and the field', () => {
    // Act / Assess
    expect(() => eisContract(notitie({ id: 'n-1', tekst: 42 }))).toThrow(
      /notitie-gemaakt breaks its contract: gebeurtenis\.data\.tekst/,
    );
  });

  it('refuses data the schema would change (a key it strips)', () => {
    // Act / Assess
    expect(() => eisContract(notitie({ id: 'n-1', tekst: 'belde terug', extra: 1 }))).toThrow(/would change/);
  });
});
