import { describe, expect, it } from 'vitest';
import { normId } from '../../functions/domain/normen/catalogus';
import type { NormCatalogus } from '../../functions/domain/normen/catalogus-schema';
import { berekenDeadline as berekenZonderTekst } from '../../functions/domain/normen/deadline';
import { NormFout } from '../../functions/domain/normen/norm-fout';
import {
  berekenDeadline,
  NORMBRONNEN,
  NORMTEKSTEN,
  STANDAARD_CATALOGUS,
  valideerCatalogus,
} from '../../functions/domain/normen/normen';
import { metNormbron } from '../../functions/domain/normen/normteksten';

/** Runs fn, expects a NormFout, returns it. */
function fout(fn: () => unknown): NormFout {
  try {
    fn();
  } catch (e) {
    if (e instanceof NormFout) return e;
    throw e;
  }
  throw new Error('verwachtte een NormFout');
}

describe('the texts of the built-in norms (normteksten.ts)', () => {
  it('has exactly one entry per norm of the numbers (standaard-catalogus.ts) in each record, and no other', () => {
    // Prepare
    const ids = STANDAARD_CATALOGUS.versies.flatMap((v) => v.normen.map((n) => normId(n.stap, n.variant)));

    // Assess: every id once in the numbers, and the same set of ids in the shown texts and in the quoted sources
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(NORMTEKSTEN).sort()).toEqual([...ids].sort());
    expect(Object.keys(NORMBRONNEN).sort()).toEqual([...ids].sort());
  });

  it('gives every norm a description and a source for each of its numbers', () => {
    // Act / Assess
    for (const [id, tekst] of [...Object.entries(NORMTEKSTEN), ...Object.entries(NORMBRONNEN)]) {
      for (const [veld, waarde] of Object.entries(tekst)) expect(waarde, `${id}.${veld}`).not.toBe('');
    }
  });

  it('stays out of the numbers: the built-in norms carry no text themselves', () => {
    // Act / Assess
    for (const n of STANDAARD_CATALOGUS.versies.flatMap((v) => v.normen)) {
      expect([n.omschrijving, n.termijn.bron, n.servicenorm.bron, n.opschorting.bron, n.verlenging.bron]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });
});

describe('looking the texts up by norm id', () => {
  it('adds the description and source to a deadline computed without them', () => {
    // Act
    const zonder = berekenZonderTekst({ stap: 'beschikking', start: '2026-01-12' });
    const met = berekenDeadline({ stap: 'beschikking', start: '2026-01-12' });

    // Assess
    expect(zonder.norm).not.toHaveProperty('bron');
    expect(zonder.norm).not.toHaveProperty('omschrijving');
    expect(met.norm.bron).toBe('Wgs art. 4a; Awb 4:13 lid 2');
    expect(met.norm.omschrijving).toBe(NORMTEKSTEN.beschikking?.omschrijving);
    expect(met).toEqual({
      ...zonder,
      norm: { ...zonder.norm, bron: met.norm.bron, omschrijving: met.norm.omschrijving },
    });
  });

  it('quotes the source in a refusal once metNormbron has rendered it', () => {
    // Prepare
    const invoer = {
      stap: 'beschikking' as const,
      start: '2026-01-12',
      verlengingen: [{ id: 'v1', weken: 2, reden: 'drukte', op: '2026-02-01' }],
    };

    // Act
    const kaal = fout(() => berekenZonderTekst(invoer));
    const gerenderd = metNormbron(kaal);

    // Assess
    expect(kaal.code).toBe('VERLENGING_NIET_TOEGESTAAN');
    expect(kaal.message).not.toContain('Awb 4:14');
    expect(gerenderd).toBeInstanceOf(NormFout);
    expect((gerenderd as NormFout).code).toBe('VERLENGING_NIET_TOEGESTAAN');
    expect((gerenderd as NormFout).status).toBe(409);
    expect((gerenderd as NormFout).message).toBe(
      'Norm beschikking kan niet worden verlengd (Awb 4:14 lid 1: mededeling verlengt de wettelijke beslistermijn ' +
        'niet); verlenging v1 geweigerd',
    );
  });

  it('leaves any other error as it is', () => {
    // Prepare
    const anders = new Error('iets anders');

    // Act / Assess
    expect(metNormbron(anders)).toBe(anders);
  });
});

describe('a catalogue loaded as data', () => {
  it('refuses a norm with neither texts of its own nor an entry in the texts, and takes one with its own', () => {
    // Prepare: a crisis variant of the intake, which has no texts
    const eerste = STANDAARD_CATALOGUS.versies[0];
    if (!eerste) throw new Error('catalogus zonder versie');
    const intake = eerste.normen.find((n) => n.stap === 'intake');
    if (!intake) throw new Error('catalogus zonder intake');
    const onbekend: NormCatalogus = {
      gemeenteNormen: [],
      versies: [{ ...eerste, normen: [...eerste.normen, { ...intake, variant: 'crisis' }] }],
    };
    const eigen: NormCatalogus = {
      gemeenteNormen: [],
      versies: [
        {
          ...eerste,
          normen: [
            ...eerste.normen,
            {
              ...intake,
              variant: 'crisis',
              omschrijving: 'Intake bij een crisis',
              termijn: { ...intake.termijn, bron: 'crisisprotocol' },
              servicenorm: { ...intake.servicenorm, bron: 'crisisprotocol' },
              opschorting: { toegestaan: true, bron: 'crisisprotocol' },
              verlenging: { ...intake.verlenging, bron: 'crisisprotocol' },
            },
          ],
        },
      ],
    };

    // Act / Assess
    expect(fout(() => valideerCatalogus(onbekend)).message).toMatch(/intake:crisis .* heeft geen omschrijving of bron/);
    expect(valideerCatalogus(eigen)).toBe(eigen);
  });
});
