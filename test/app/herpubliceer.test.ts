// Use case on the real store (dynalite over HTTP): an event whose publication failed after its write stays in the
// outbox and goes out with the republisher, once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoConsulentOpslag } from '../../functions/adapters/dynamo-consulent-opslag';
import { DynamoGemeenteConfiguratie } from '../../functions/adapters/dynamo-gemeente-configuratie';
import { DynamoLijsten } from '../../functions/adapters/dynamo-lijsten';
import { DynamoOutbox } from '../../functions/adapters/dynamo-outbox';
import { DynamoTrajectOpslag } from '../../functions/adapters/dynamo-traject-opslag';
import { HmacPseudonimisering } from '../../functions/adapters/hmac-pseudonimisering';
import { CLAIM_MS, herpubliceer, IN_VLUCHT_MS } from '../../functions/app/herpubliceer';
import type { Afhankelijkheden } from '../../functions/app/poorten';
import { registreerAanmelding } from '../../functions/app/registreer-aanmelding';
import type { DomeinEvent } from '../../functions/contracts/domein-events';
import { LokaleDocumentOpslag } from '../../local/documenten';
import { type LokaleDynamo, startDynamo } from '../../local/dynamo';
import { versneldeKlok } from '../../local/klok';

describe('herpubliceer (the outbox)', () => {
  let dynamo: LokaleDynamo;
  let bus: { stuk: boolean; ontvangen: DomeinEvent[] };
  let deps: Afhankelijkheden;

  beforeAll(async () => {
    dynamo = await startDynamo();
    bus = { stuk: true, ontvangen: [] };
    deps = {
      opslag: new DynamoTrajectOpslag(dynamo.tabel, dynamo.klant),
      lijsten: new DynamoLijsten(dynamo.tabel, dynamo.klant),
      outbox: new DynamoOutbox(dynamo.tabel, dynamo.klant),
      configuratie: new DynamoGemeenteConfiguratie(dynamo.tabel, dynamo.klant),
      consulent: new DynamoConsulentOpslag(dynamo.tabel, dynamo.klant),
      events: {
        publiceer: async (events) => {
          if (bus.stuk) throw new Error('EventBridge unreachable');
          bus.ontvangen.push(...events);
        },
      },
      workflow: {
        start: async () => {},
        taakVoltooid: async () => {},
        taakMislukt: async () => {},
        mislukteStaat: async () => undefined,
      },
      // Ten minutes per wall second: the republisher's in-flight window (60 s) passes within a tenth of a second.
      klok: versneldeKlok(600, new Date('2026-03-02T09:00:00+01:00')),
      ids: { nieuwId: randomUUID },
      pseudoniem: new HmacPseudonimisering(Buffer.from('test')),
      documenten: new LokaleDocumentOpslag(),
      koppelingen: { meld: async () => {} },
      schuldenknooppunt: { verstuur: async () => {} },
    };
  });
  afterAll(async () => dynamo.stop());

  it('keeps an unpublished event and sends it once when the bus is back', async () => {
    // Prepare: the write succeeds, the publication fails
    const { id } = await registreerAanmelding(deps, {
      verzoek: { naam: 'Outbox', telefoon: '0612345678' },
      gemeente: '0363',
      actor: { soort: 'medewerker', sub: 'c-1', rol: 'consulent' },
      correlatieId: 'test',
    });
    expect((await deps.opslag.laad(id))?.ongepubliceerd).toEqual([1]);
    bus.stuk = false;
    await new Promise((r) => setTimeout(r, 150));

    // Act
    const eerste = await herpubliceer(deps);
    const tweede = await herpubliceer(deps);

    // Assess
    expect(eerste.herpubliceerd).toBe(1);
    expect(tweede.herpubliceerd).toBe(0);
    expect(bus.ontvangen.map((e) => [e.detailType, e.detail.metadata.id])).toEqual([
      ['aanmelding-ontvangen', `${id}/1`],
    ]);
    expect((await deps.opslag.laad(id))?.ongepubliceerd).toEqual([]);
  });

  it('two sweeps that meet on one entry publish it once: the conditional claim lets one of them through', async () => {
    // Prepare: another stranded event
    bus.stuk = true;
    const { id } = await registreerAanmelding(deps, {
      verzoek: { naam: 'Twee Vegers', telefoon: '0612345678' },
      gemeente: '0363',
      actor: { soort: 'medewerker', sub: 'c-1', rol: 'consulent' },
      correlatieId: 'test',
    });
    bus.stuk = false;
    bus.ontvangen.length = 0;
    await new Promise((r) => setTimeout(r, 150));

    // Act: five sweeps at once, as overlapping scheduled invocations would run
    const uitkomsten = await Promise.all(Array.from({ length: 5 }, () => herpubliceer(deps)));

    // Assess
    expect(uitkomsten.reduce((n, u) => n + u.herpubliceerd, 0)).toBe(1);
    expect(bus.ontvangen.map((e) => e.detail.metadata.id)).toEqual([`${id}/1`]);
    expect((await deps.opslag.laad(id))?.ongepubliceerd).toEqual([]);
  });

  it('a failed publication lets go of its claim; a claim of a sweep that died runs out (at-least-once)', async () => {
    // Prepare: two stranded events; a sweep fails on the first (bus down), a dead sweep holds a claim on the second
    bus.stuk = true;
    const aanmelding = (naam: string) =>
      registreerAanmelding(deps, {
        verzoek: { naam, telefoon: '0612345678' },
        gemeente: '0363',
        actor: { soort: 'medewerker', sub: 'c-1', rol: 'consulent' },
        correlatieId: 'test',
      });
    const eerste = (await aanmelding('Mislukte Veger')).id;
    await new Promise((r) => setTimeout(r, 150));
    const mislukt = await herpubliceer(deps);
    const tweede = (await aanmelding('Gestorven Veger')).id;
    await new Promise((r) => setTimeout(r, 150));
    const nu = deps.klok.nu();
    await deps.outbox.claimOutbox(tweede, 1, {
      nu,
      tot: new Date(nu.getTime() + CLAIM_MS),
      geschrevenVoor: new Date(nu.getTime() - IN_VLUCHT_MS),
    });
    bus.stuk = false;
    bus.ontvangen.length = 0;

    // Act: at once (the first goes out, the second is still claimed), then after the claim ran out (15 min simulated)
    const meteen = await herpubliceer(deps);
    await new Promise((r) => setTimeout(r, (CLAIM_MS / 600) * 1.2));
    const later = await herpubliceer(deps);

    // Assess
    expect([mislukt.herpubliceerd, meteen.herpubliceerd, later.herpubliceerd]).toEqual([0, 1, 1]);
    expect(bus.ontvangen.map((e) => e.detail.metadata.id)).toEqual([`${eerste}/1`, `${tweede}/1`]);
  });
});
