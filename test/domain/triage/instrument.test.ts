import { describe, expect, it } from 'vitest';
import { ValidatieFout } from '../../../functions/domain/fouten';
import {
  Domein,
  type Instrument,
  SCHULDHULP_SCREENING,
  VRAAG,
  type Vraag,
  valideerInstrument,
  zoekInstrument,
} from '../../../functions/domain/triage/triage';
import { fout } from './antwoorden';

const vervang = (id: string, vraag: Vraag | undefined): Instrument => ({
  ...SCHULDHULP_SCREENING,
  versie: '2026.9',
  vragen: SCHULDHULP_SCREENING.vragen.flatMap((v) => (v.id === id ? (vraag ? [vraag] : []) : [v])),
});

describe('the built-in screening instrument', () => {
  it('is valid and holds every question the triage reads', () => {
    // Act / Assess
    expect(() => valideerInstrument(SCHULDHULP_SCREENING)).not.toThrow();
    const ids = new Set(SCHULDHULP_SCREENING.vragen.map((v) => v.id));
    for (const id of Object.values(VRAAG)) expect(ids).toContain(id);
  });

  it('covers the domains of the screening and the Wgs art. 4 lid 2 crisis situations', () => {
    // Act
    const domeinen = new Set(SCHULDHULP_SCREENING.vragen.map((v) => v.domein));

    // Assess
    expect(domeinen).toEqual(new Set(Domein.options));
    expect(
      SCHULDHULP_SCREENING.vragen.filter((v) => v.domein === 'zelfredzaamheid' && v.type === 'schaal').length,
    ).toBeGreaterThanOrEqual(5);
    for (const id of [VRAAG.crisisHuisuitzetting, VRAAG.crisisAfsluiting, VRAAG.crisisZorgverzekering]) {
      expect(SCHULDHULP_SCREENING.vragen.find((v) => v.id === id)).toMatchObject({ verplicht: true, type: 'ja-nee' });
    }
    expect(SCHULDHULP_SCREENING.bron).toContain('Zelfredzaamheid-Matrix');
  });

  it('is found by id and version', () => {
    // Act / Assess
    expect(zoekInstrument({ id: 'schuldhulp-screening', versie: '2026.1' })).toBe(SCHULDHULP_SCREENING);
  });
});

describe('valideerInstrument', () => {
  it('refuses a version that drops a question the triage reads', () => {
    // Act
    const f = fout(() => valideerInstrument(vervang(VRAAG.zrmFinancien, undefined)));

    // Assess
    expect(f).toBeInstanceOf(ValidatieFout);
    expect(f.code).toBe('INSTRUMENT_ONGELDIG');
    expect(f.velden).toEqual([{ veld: 'vragen', melding: expect.stringContaining('zrm-financien ontbreekt') }]);
  });

  it('refuses a changed type, a lost option, an optional crisis question', () => {
    // Prepare
    const basis = SCHULDHULP_SCREENING.vragen;
    const i = basis.findIndex((v) => v.id === VRAAG.leeftijd);
    const j = basis.findIndex((v) => v.id === VRAAG.ondernemer);
    const k = basis.findIndex((v) => v.id === VRAAG.crisisHuisuitzetting);
    const vragen = basis.map((v): Vraag => {
      if (v.id === VRAAG.leeftijd) return { ...v, type: 'bedrag-cent' } as Vraag;
      if (v.id === VRAAG.ondernemer && v.type === 'keuze') return { ...v, opties: v.opties.slice(0, 2) };
      if (v.id === VRAAG.crisisHuisuitzetting) return { ...v, verplicht: false };
      return v;
    });

    // Act
    const f = fout(() => valideerInstrument({ ...SCHULDHULP_SCREENING, vragen }));

    // Assess
    expect(f.velden.map((v) => v.veld).sort()).toEqual(
      [`vragen.${i}.type`, `vragen.${j}.opties`, `vragen.${k}.verplicht`].sort(),
    );
  });

  it('refuses duplicate ids and a keuze without options, naming the field', () => {
    // Prepare
    const dubbel = {
      ...SCHULDHULP_SCREENING,
      vragen: [...SCHULDHULP_SCREENING.vragen, SCHULDHULP_SCREENING.vragen[0] as Vraag],
    };
    const zonderOpties = vervang(VRAAG.woonsituatie, {
      id: VRAAG.woonsituatie,
      domein: 'leefgebieden',
      tekst: 'Hoe woont u?',
      type: 'keuze',
      opties: [],
      verplicht: true,
    });

    // Act
    const f1 = fout(() => valideerInstrument(dubbel));
    const f2 = fout(() => valideerInstrument(zonderOpties));

    // Assess
    expect(f1.velden.map((v) => v.veld)).toEqual([`vragen.${SCHULDHULP_SCREENING.vragen.length}.id`]);
    expect(f2.velden[0]?.veld).toMatch(/^vragen\.\d+\.opties$/);
  });
});
