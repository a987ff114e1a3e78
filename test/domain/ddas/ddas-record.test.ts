// The DDAS record is a pure projection of the case: the routes the API cannot reach on this branch yet (afwijzing,
// crisisinterventie, nazorg, WSNP, a 0%-aanbod) are checked on cases folded from their history events.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statistiekVan } from '../../../functions/domain/bewaren/bewaartermijn';
import { ddasCsv } from '../../../functions/domain/ddas/ddas-csv';
import {
  DdasRecord,
  ddasRecordVan,
  EnumUitstroomreden,
  inPeriode,
  UITSTROOMREDEN_CODE,
} from '../../../functions/domain/ddas/ddas-record';
import { UITSTROOMREDEN_OMSCHRIJVING } from '../../../functions/domain/ddas/uitstroomreden';
import { evolueerRegeling, type RegelingGebeurtenis } from '../../../functions/domain/regeling/regeling';
import { AfsluitReden } from '../../../functions/domain/traject/afsluiting';
import type { Traject } from '../../../functions/domain/traject/traject';
import { ddasDocument } from '../../../scripts/ddas-tabel';

function traject(over: Partial<Traject> = {}): Traject {
  return {
    id: '3f2b8c1e-7a4d-4e9b-9c21-5d6e7f8a9b0c',
    gemeente: '0363',
    fase: 'in-contact',
    stap: 'eerste-gesprek',
    ontvangenOp: '2026-03-02',
    aanvrager: { naam: 'Test Persoon', telefoon: '0612345678' },
    stappen: [{ stap: 'eerste-gesprek', start: '2026-03-02', gemeldeOverschrijdingen: [] }],
    opschortingen: [],
    verlengingen: [],
    verwijzingen: [],
    koppelingen: [],
    overdrachten: [],
    versie: 1,
    ...over,
  } as Traject;
}

const gesprek = [
  { stap: 'eerste-gesprek' as const, start: '2026-03-02', voltooidOp: '2026-03-04', gemeldeOverschrijdingen: [] },
];
const beschikking = (soort: 'toelating' | 'afwijzing') => ({
  datum: '2026-03-20',
  besluit: soort,
  soort,
  inhoudIn: 7,
  document: { sleutel: 'k', sha256: 'x', bytes: 1 },
  vastgesteldOp: '2026-03-23',
});

describe('ddasRecordVan', () => {
  it('records an afwijzing as an Afwijzingsbeschikking without plan van aanpak or begeleiding', () => {
    // Act
    const r = ddasRecordVan(
      traject({
        stappen: gesprek,
        beschikking: beschikking('afwijzing'),
        intake: {
          datum: '2026-03-10',
          instrument: { id: 'i', versie: 'v' },
          antwoorden: {},
          plan: { begeleidingsmodules: [{ module: 'budgetbeheer' }] },
        },
        afgesloten: { reden: 'afgewezen', op: '2026-05-05' },
      }),
    );

    // Assess
    expect(r.Intake).toEqual({
      startdatum: '2026-03-04',
      einddatum: '2026-03-23',
      beschikkingsdatum: '2026-03-23',
      beschikkingssoort: 'Afwijzingsbeschikking',
    });
    expect(r.PlanVanAanpak).toBeNull();
    expect(r.Begeleiding).toEqual([]);
    expect(r.Schuldhulptraject.toekenningsdatum).toBeNull();
    expect(r.Uitstroom).toMatchObject({ datum: '2026-05-05', reden: 'Niet passend' });
  });

  it('records a crisisinterventie route from its beschikking, and its end', () => {
    // Act
    const r = ddasRecordVan(
      traject({
        stappen: gesprek,
        triage: { route: 'crisisinterventie', uitkomst: {} },
        beschikking: beschikking('toelating'),
        afgesloten: { reden: 'crisisinterventie-afgerond', op: '2026-04-30' },
      }),
    );

    // Assess
    expect(r.Crisisinterventie).toEqual({ startdatum: '2026-03-23', einddatum: '2026-04-30' });
    expect(r.Aanmelding.crisisinterventie).toBe(false);
    expect(r.Uitstroom?.reden).toBe('Afgerond');
  });

  it('records the hand-overs to nazorg and to the WSNP phase', () => {
    // Act
    const nazorg = ddasRecordVan(
      traject({
        overdrachten: [{ naar: 'nazorg', datum: '2027-09-01', aanleiding: 'regeling-afgerond' }],
        afgesloten: { reden: 'nazorg-afgerond', op: '2028-03-01' },
      }),
    );
    const wsnp = ddasRecordVan(traject({ overdrachten: [{ naar: 'wsnp', datum: '2026-10-01', aanleiding: 'x' }] }));

    // Assess: before the nazorg workflow opened its window, the hand-over is the start; the case's end its end
    expect(nazorg.Nazorg).toEqual({ startdatum: '2027-09-01', einddatum: '2028-03-01' });
    expect(wsnp['WSNP-traject']).toEqual({
      datumVerzoek: null,
      datumGoedkeuring: null,
      startdatum: '2026-10-01',
      einddatum: null,
    });
  });

  it('calls an offer without afloscapaciteit a 0%-aanbod, with the VTLB in whole euros', () => {
    // Act
    const r = ddasRecordVan(
      traject({ vtlbCent: 134_850, betaalvoorstel: { aanbodCent: 0 } as Traject['betaalvoorstel'] }),
    );

    // Assess
    expect(r.Oplossing).toEqual({ startdatum: null, einddatum: null, soort: '0%-aanbod', vtlb: 1349 });
  });

  describe('the regeling after the akkoord (folded from its events)', () => {
    // Prepare: an akkoord on a schuldbemiddeling, the regeling started on that day (18 months, NVVK)
    const gestart: RegelingGebeurtenis = {
      type: 'regeling-gestart',
      data: {
        start: '2026-05-04',
        einde: '2027-11-04',
        oplossing: 'schuldbemiddeling',
        looptijdMaanden: 18,
        periodeMaanden: 6,
        evaluatieNaMaanden: [6, 12],
      },
    };
    const beeindigd: RegelingGebeurtenis = {
      type: 'schuldregeling-beeindigd',
      data: { datum: '2027-11-18', uitkomst: 'finale-kwijting', maandenOntvangen: 17, maandenGemist: 1 },
    };
    const metAkkoord = () =>
      traject({
        stappen: gesprek,
        beschikking: beschikking('toelating'),
        vtlbCent: 150_049,
        betaalvoorstel: { datum: '2026-04-20', aanbodCent: 120_000 } as Traject['betaalvoorstel'],
        schulden: {
          uitkomst: { uitkomst: 'akkoord', op: '2026-05-04', oplossing: 'schuldbemiddeling' },
        } as unknown as Traject['schulden'],
        overdrachten: [{ naar: 'regeling', datum: '2026-05-04', aanleiding: 'akkoord' }] as Traject['overdrachten'],
      });
    const schuldregeling = {
      datum: '2026-04-20',
      toegekend: '2026-05-04',
      afgewezen: null,
      ingetrokken: null,
      dwangakkoord: false,
      datumVerzoekDwangakkoord: null,
    };

    it('starts the Oplossing on regeling-gestart, with no einddatum while it runs', () => {
      // Act
      const r = ddasRecordVan(evolueerRegeling(metAkkoord(), gestart));

      // Assess
      expect(r.Oplossing).toEqual({
        startdatum: '2026-05-04',
        einddatum: null,
        soort: 'Schuldbemiddeling',
        vtlb: 1500,
      });
      expect(r.Schuldregeling).toEqual(schuldregeling);
      expect(r.Nazorg).toBeNull();
      expect(r.Schuldhulptraject.einddatum).toBeNull();
    });

    it('ends it on schuldregeling-beeindigd (finale kwijting), then the nazorg and the uitstroom Afgerond', () => {
      // Act
      const klaar = evolueerRegeling(evolueerRegeling(metAkkoord(), gestart), beeindigd);
      const r = ddasRecordVan({
        ...klaar,
        overdrachten: [...klaar.overdrachten, { naar: 'nazorg', datum: '2027-11-18', aanleiding: 'finale kwijting' }],
        nazorg: { start: '2027-11-18', einde: '2028-05-18', afgerondOp: '2028-05-19', terugvallen: [] },
        afgesloten: { reden: 'nazorg-afgerond', op: '2028-05-19' },
      } as Traject);

      // Assess
      expect(r.Oplossing).toEqual({
        startdatum: '2026-05-04',
        einddatum: '2027-11-18',
        soort: 'Schuldbemiddeling',
        vtlb: 1500,
      });
      expect(r.Schuldregeling).toEqual(schuldregeling);
      expect(r.Nazorg).toEqual({ startdatum: '2027-11-18', einddatum: '2028-05-19' });
      expect(r.Uitstroom).toMatchObject({ datum: '2028-05-19', reden: 'Afgerond' });
      expect(r.Schuldhulptraject.einddatum).toBe('2028-05-19');
    });

    it('records a regeling stopped before its term (the case ended) as withdrawn on that day', () => {
      // Act
      const r = ddasRecordVan({
        ...evolueerRegeling(metAkkoord(), gestart),
        afgesloten: { reden: 'geen-medewerking', op: '2026-12-01' },
      });

      // Assess
      expect(r.Schuldregeling).toEqual({ ...schuldregeling, ingetrokken: '2026-12-01' });
      expect(r.Oplossing).toMatchObject({ startdatum: '2026-05-04', einddatum: '2026-12-01' });
      expect(r.Uitstroom).toMatchObject({ datum: '2026-12-01', reden: 'Voldoet niet' });
    });
  });

  it("maps every closure reason onto a code of EnumUitstroomreden, with the model's definition of that code", () => {
    for (const reden of AfsluitReden.options) {
      expect(EnumUitstroomreden.options).toContain(UITSTROOMREDEN_CODE[reden]);
      const r = ddasRecordVan(traject({ afgesloten: { reden, op: '2026-04-01' } }));
      expect(r.Uitstroom).toEqual({
        datum: '2026-04-01',
        reden: UITSTROOMREDEN_CODE[reden],
        omschrijving: UITSTROOMREDEN_OMSCHRIJVING[UITSTROOMREDEN_CODE[reden]],
        datumBeeindigingsbeschikking: null,
      });
    }
    expect(Object.keys(UITSTROOMREDEN_OMSCHRIJVING).sort()).toEqual([...EnumUitstroomreden.options].sort());
  });

  it('keeps the anonymous figure after the purge on the same code as the record', () => {
    for (const reden of AfsluitReden.options) {
      const t = traject({ afgesloten: { reden, op: '2026-04-01' } });
      expect(statistiekVan(t, []).uitstroomreden).toBe(ddasRecordVan(t).Uitstroom?.reden);
    }
  });

  it('gives a record the schema accepts, and nothing of the person in it', () => {
    // Act
    const r = ddasRecordVan(traject({ crisis: 'huisuitzetting' }));

    // Assess
    expect(DdasRecord.safeParse(r).success).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/Test Persoon|0612345678/);
  });

  it('counts a case in a period when it ran on one of its days', () => {
    // Prepare
    const r = ddasRecordVan(traject({ afgesloten: { reden: 'overig', op: '2026-04-01' } }));

    // Assess
    expect(inPeriode(r, '2026-04-01', '2026-06-30')).toBe(true);
    expect(inPeriode(r, '2026-04-02', '2026-06-30')).toBe(false);
    expect(inPeriode(r, '2026-01-01', '2026-03-01')).toBe(false);
  });
});

describe('ddasCsv', () => {
  it('quotes a cell with a comma or a quote (RFC 4180)', () => {
    // Act
    const csv = ddasCsv([ddasRecordVan(traject({ afgesloten: { reden: 'overig', op: '2026-04-01' } }))]);

    // Assess: the omschrijving "Overig" needs no quotes, the BRP text would; check the rule on a crafted record
    expect(csv.split('\r\n')[1]).toContain(',Overig,Overig,');
    const metKomma = ddasCsv([{ ...ddasRecordVan(traject()), gemeente: 'a,"b"' } as ReturnType<typeof ddasRecordVan>]);
    expect(metKomma.split('\r\n')[1]).toContain(',"a,""b""",');
  });
});

describe('docs/ddas.md', () => {
  it('is the mapping and the list of unfilled fields as they are in code (npx tsx scripts/ddas-tabel.ts)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'ddas.md'), 'utf8')).toBe(ddasDocument());
  });
});
