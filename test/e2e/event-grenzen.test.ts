// Inbound events bounded: every schema a Lambda consumes from the bus (creditor messages, vroegsignalen, our own
// events) has a limit on every string, list and number and refuses unknown keys (checked on its JSON Schema, so a
// new field without a limit fails here); a property test puts oversized values and unknown keys at random places of
// valid events and the schema names that place; on the local runtime an oversized event of each rule target is
// parked in the dead-letter queue with its field named, never its value, and never as a crash further on.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomeinEvents, TRAJECT_BRON } from '../../functions/contracts/domein-events';
import { eventRegels } from '../../functions/contracts/event-regels';
import { KNOOPPUNT_BRON, SchuldenknooppuntBerichten } from '../../functions/contracts/schuldenknooppunt-berichten';
import { VROEGSIGNALERING_BRON, VroegsignaalEvents } from '../../functions/contracts/vroegsignalen';
import { type Runtime, startRuntime } from '../../local/runtime';
import { heeft, type JsonSchema, jsonSchema, metWaarde, type Pad } from '../fuzz/schema-knopen';

/** Every place in the schema that has no limit: a string without maxLength, a list without maxItems, and so on. */
function onbegrensd(s: JsonSchema, pad = ''): string[] {
  const fouten: string[] = [];
  const varianten = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (varianten.length > 0) return varianten.flatMap((v) => onbegrensd(v, pad));
  if (s.enum !== undefined || s.const !== undefined) return [];
  const typen = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  for (const t of typen) {
    if (t === 'string' && s.maxLength === undefined && s.format !== 'date' && s.format !== 'date-time')
      fouten.push(`${pad || '/'}: string without maxLength`);
    if ((t === 'number' || t === 'integer') && (s.maximum === undefined || s.maximum > 1e12))
      fouten.push(`${pad || '/'}: number without a maximum`);
    if (t === 'array') {
      if (s.maxItems === undefined) fouten.push(`${pad || '/'}: array without maxItems`);
      if (s.items) fouten.push(...onbegrensd(s.items, `${pad}/0`));
    }
  }
  if (s.properties) {
    if (s.additionalProperties !== false) fouten.push(`${pad || '/'}: object that takes unknown keys`);
    for (const [k, sub] of Object.entries(s.properties)) fouten.push(...onbegrensd(sub, `${pad}/${k}`));
  } else if (typen.includes('object')) fouten.push(`${pad || '/'}: object without properties`);
  return fouten;
}

const GEMEENTE = '0363';
const metadata = { id: 'bericht-1', occurredAt: '2026-03-09T08:00:00.000Z', gemeente: GEMEENTE, version: 1 as const };

/** One valid event per partner schema: the property test varies these. */
const voorbeelden: { naam: string; schema: (typeof SchuldenknooppuntBerichten)['akkoord']; event: unknown }[] = [
  ...Object.entries(SchuldenknooppuntBerichten).map(([soort, schema]) => ({
    naam: `${KNOOPPUNT_BRON} ${soort}`,
    schema: schema as (typeof SchuldenknooppuntBerichten)['akkoord'],
    event: {
      metadata: { ...metadata, correlationId: 'c-1' },
      data: {
        trajectId: 'traject-1',
        schuldeiserId: 'energie-1',
        datum: '2026-03-09',
        ...(soort === 'saldo-opgave' ? { bedragCent: 12_345 } : {}),
        ...(['afwijzing', 'geen-medewerking', 'heroverwegingsverzoek'].includes(soort) ? { reden: 'Te laag.' } : {}),
      },
    },
  })),
  ...Object.entries(VroegsignaalEvents).map(([soort, schema]) => ({
    naam: `${VROEGSIGNALERING_BRON} ${soort}`,
    schema: schema as unknown as (typeof SchuldenknooppuntBerichten)['akkoord'],
    event: {
      metadata,
      data: {
        partner: {
          soort: {
            huurachterstand: 'verhuurder',
            energieachterstand: 'energie',
            drinkwaterachterstand: 'drinkwater',
            zorgpremieachterstand: 'zorgverzekeraar',
          }[soort],
          naam: 'Partner',
        },
        signaalSoort: 'betalingsachterstand',
        datum: '2026-03-09',
        achterstandSinds: '2026-02-01',
        bedragKlasse: '500-1000',
        persoon: { pseudoniem: 'p-1' },
        contact: {
          naam: 'Bewoner',
          telefoon: '0612345678',
          email: 'bewoner@example.org',
          adres: { straat: 'Straat', huisnummer: '1', postcode: '1011AB', woonplaats: 'Amsterdam' },
        },
        voorwaarden: {
          persoonlijkContactGezocht: true,
          gewezenOpSchuldhulp: true,
          schriftelijkeHerinnering: true,
          aanbodGegevensverstrekking: true,
        },
      },
    },
  })),
];

/** Every leaf and object of a value, with its path. */
function plekken(waarde: unknown, pad: Pad = []): { pad: Pad; soort: 'string' | 'number' | 'object' | 'array' }[] {
  if (typeof waarde === 'string') return [{ pad, soort: 'string' }];
  if (typeof waarde === 'number') return [{ pad, soort: 'number' }];
  if (Array.isArray(waarde)) return [{ pad, soort: 'array' }, ...waarde.flatMap((w, i) => plekken(w, [...pad, i]))];
  if (waarde && typeof waarde === 'object')
    return [{ pad, soort: 'object' }, ...Object.entries(waarde).flatMap(([k, w]) => plekken(w, [...pad, k]))];
  return [];
}

describe('inbound event schemas are bounded and strict', () => {
  const schemas: [string, unknown][] = [
    ...Object.entries(SchuldenknooppuntBerichten).map(
      ([s, schema]) => [`${KNOOPPUNT_BRON} ${s}`, schema] as [string, unknown],
    ),
    ...Object.entries(VroegsignaalEvents).map(
      ([s, schema]) => [`${VROEGSIGNALERING_BRON} ${s}`, schema] as [string, unknown],
    ),
    ...Object.entries(DomeinEvents).map(([s, schema]) => [`${TRAJECT_BRON} ${s}`, schema] as [string, unknown]),
  ];

  it.each(schemas)('%s: a limit on every string, list and number, and no unknown keys', (_, schema) => {
    // Act
    const fouten = onbegrensd(jsonSchema(schema as never) as JsonSchema);

    // Assess
    expect(fouten).toEqual([]);
  });

  it('an oversized value or an unknown key anywhere in a valid partner event is refused at its own path', () => {
    // Prepare
    for (const v of voorbeelden) expect(v.schema.safeParse(v.event).success, v.naam).toBe(true);
    const geval = fc.integer({ min: 0, max: voorbeelden.length - 1 }).chain((i) => {
      const v = voorbeelden[i] as (typeof voorbeelden)[number];
      const p = plekken(v.event).filter((x) => x.soort !== 'array');
      return fc.record({
        v: fc.constant(v),
        plek: fc.constantFrom(...p),
        lengte: fc.integer({ min: 1_001, max: 200_000 }),
        sleutel: fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !/^(metadata|data)$/.test(k)),
      });
    });

    // Act and Assess
    fc.assert(
      fc.property(geval, ({ v, plek, lengte, sleutel }) => {
        let event: unknown;
        let verwacht: Pad;
        if (plek.soort === 'string') {
          event = metWaarde(v.event, plek.pad, 'x'.repeat(lengte));
          verwacht = plek.pad;
        } else if (plek.soort === 'number') {
          event = metWaarde(v.event, plek.pad, 10 ** 15 + lengte);
          verwacht = plek.pad;
        } else {
          if (heeft(v.event, [...plek.pad, sleutel])) return;
          event = metWaarde(v.event, [...plek.pad, sleutel], 'onbekend');
          verwacht = plek.pad;
        }
        const r = v.schema.safeParse(event);
        expect(r.success, `${v.naam} ${JSON.stringify(verwacht)}`).toBe(false);
        const paden = r.success ? [] : r.error.issues.map((i) => JSON.stringify(i.path));
        // A union (the person: bsn or pseudonym) may report at its own root rather than inside the branch.
        expect(
          paden.some((p) => JSON.stringify(verwacht).startsWith(p.slice(0, -1))),
          `${v.naam}: ${paden.join(' ')} vs ${JSON.stringify(verwacht)}`,
        ).toBe(true);
      }),
      { seed: 15, numRuns: 2_000 },
    );
  });
});

describe('an oversized inbound event is parked in the dead-letter queue with its reason', () => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T08:00:00+01:00') });
  });
  afterAll(async () => runtime.stop());

  const lang = 'x'.repeat(50_000);
  const traject = (data: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
    metadata: {
      id: 'groot/1',
      occurredAt: '2026-03-09T07:00:00.000Z',
      gemeente: GEMEENTE,
      correlationId: 'c',
      version: 1,
      ...meta,
    },
    data: { trajectId: 'traject-groot', ...data },
  });
  // One per rule target, each over a different limit.
  const gevallen: { bron: string; type: string; detail: Record<string, unknown>; veld: string }[] = [
    {
      bron: TRAJECT_BRON,
      type: 'aanmelding-ontvangen',
      detail: traject({ trajectId: lang }),
      veld: 'detail.data.trajectId',
    },
    {
      bron: TRAJECT_BRON,
      type: 'traject-afgesloten',
      detail: traject({ reden: 'advies', datum: '2026-03-09' }, { id: lang }),
      veld: 'detail.metadata.id',
    },
    {
      bron: TRAJECT_BRON,
      type: 'fase-overgedragen',
      detail: traject({ naar: 'nazorg', datum: '2026-03-09', extra: 1 }),
      veld: 'detail.data',
    },
    { bron: TRAJECT_BRON, type: 'betaling-gemist', detail: traject({ maand: lang }), veld: 'detail.data.maand' },
    {
      bron: TRAJECT_BRON,
      type: 'terugval-gesignaleerd',
      detail: traject({ terugvalId: lang, datum: '2026-03-09' }),
      veld: 'detail.data.terugvalId',
    },
    {
      bron: KNOOPPUNT_BRON,
      type: 'afwijzing',
      detail: {
        metadata: { ...metadata, id: 'groot-knooppunt', correlationId: 'c' },
        data: { trajectId: 'traject-groot', schuldeiserId: 'e-1', datum: '2026-03-09', reden: lang },
      },
      veld: 'data.reden',
    },
    {
      bron: VROEGSIGNALERING_BRON,
      type: 'huurachterstand',
      detail: metWaarde(
        voorbeelden.find((v) => v.naam.endsWith('huurachterstand'))?.event,
        ['data', 'contact', 'email'],
        `${lang}@example.org`,
      ) as Record<string, unknown>,
      veld: 'detail.data.contact.email',
    },
  ];

  it('every rule target refuses it with the field named, not its value; nothing else breaks', async () => {
    // Prepare: every consuming rule is covered by a case above
    const doelen = new Set(
      gevallen.flatMap((g) =>
        eventRegels
          .filter((r) => (r.patroon.source as string[]).includes(g.bron))
          .filter((r) => !r.patroon['detail-type'] || (r.patroon['detail-type'] as string[]).includes(g.type))
          .map((r) => r.doel),
      ),
    );
    expect([...doelen].sort()).toEqual([...new Set(eventRegels.map((r) => r.doel))].sort());

    // Act
    for (const g of gevallen) await runtime.bus.publiceerInkomend(g.bron, g.type, g.detail);
    await runtime.bus.stil();

    // Assess: each parked with a reason that names its field; no value in any reason; no workflow started
    for (const g of gevallen) {
      const geparkeerd = runtime.bus.deadLetters.filter(
        (d) => d.event['detail-type'] === g.type && d.event.source === g.bron,
      );
      expect(geparkeerd.length, g.type).toBeGreaterThan(0);
      for (const d of geparkeerd) {
        expect(d.fout, g.type).toMatch(/^(OngeldigEvent|ValidatieFout|OnleesbaarVroegsignaal)/);
        expect(d.fout, g.type).toContain(g.veld);
        expect(d.fout).not.toContain('xxxxxxxxxx');
        expect(d.fout.length).toBeLessThan(2_000);
      }
    }
    expect(runtime.workflows.executies.size).toBe(0);
  });
});
