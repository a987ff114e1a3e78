import { describe, expect, it } from 'vitest';
import {
  berekenDeadline,
  type NormCatalogus,
  NormFout,
  normVoor,
  registreerGemeenteNorm,
  STANDAARD_CATALOGUS,
  type StapNaam,
  valideerCatalogus,
} from '../../functions/domain/normen/normen';

/** Runs fn, expects a NormFout, returns its code. */
function foutcode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof NormFout) return e.code;
    throw e;
  }
  throw new Error('verwachtte een NormFout');
}

describe('the built-in catalogue', () => {
  it('is valid', () => {
    // Act / Assess
    expect(() => valideerCatalogus(STANDAARD_CATALOGUS)).not.toThrow();
  });

  it.each<[StapNaam, boolean, string, string, string, string]>([
    // stap, crisis, start, deadline, servicenormDeadline, bron
    ['eerste-gesprek', false, '2026-01-12', '2026-02-09', '2026-01-26', 'Wgs art. 4 lid 1'],
    ['eerste-gesprek', true, '2026-01-12', '2026-01-15', '2026-01-15', 'Wgs art. 4 lid 2'],
    ['intake', false, '2026-01-12', '2026-01-26', '2026-01-26', 'servicenorm zonder wettelijke grondslag'],
    ['beschikking', false, '2026-01-12', '2026-03-09', '2026-03-09', 'Wgs art. 4a'],
    ['vaststelling', false, '2026-01-12', '2026-01-19', '2026-01-19', 'servicenorm zonder wettelijke grondslag'],
    ['schuldeiser-reactie', false, '2026-01-12', '2026-01-26', '2026-01-26', 'Schuldenknooppunt procesafspraken'],
    ['schuldregeling-akkoord', false, '2026-01-12', '2026-05-12', '2026-05-12', 'NVVK Module Schuldregeling'],
    ['stabilisatie', false, '2026-01-12', '2026-05-12', '2026-05-12', 'NVVK Kennisgeving'],
    // 12 July 2026 is a Sunday: the maximum duration of a measure is not moved by the Atw.
    ['moratorium', false, '2026-01-12', '2026-07-12', '2026-07-12', 'Wgs art. 5; Fw art. 287b'],
    // 6 weeks after 24 March 2026 is 5 mei (a Tuesday): Atw art. 1 moves it to 6 May.
    ['bezwaar', false, '2026-03-24', '2026-05-06', '2026-05-05', 'Awb 6:7'],
    ['nazorg', false, '2026-01-12', '2026-07-12', '2026-07-12', 'basisdienstverlening'],
  ])('%s (crisis %s) from %s: deadline %s, servicenorm %s', (stap, crisis, start, deadline, service, bron) => {
    // Act
    const uitkomst = berekenDeadline({ stap, start, crisis });

    // Assess
    expect(uitkomst.deadline).toBe(deadline);
    expect(uitkomst.servicenormDeadline).toBe(service);
    expect(uitkomst.norm.bron).toContain(bron);
    expect(uitkomst.norm.versie).toBe('2021.1');
    expect(uitkomst.opgeschortDagen).toBe(0);
  });
});

describe('eerste gesprek around feestdagen', () => {
  it.each([
    ['2026-04-03', '2026-04-09', 'aanmelding on Goede Vrijdag: Sat, Sun, Tweede Paasdag do not count'],
    [
      '2026-04-02',
      '2026-04-09',
      'aanmelding the Thursday before Easter: Goede Vrijdag does not count (Atw art. 3 lid 2)',
    ],
    ['2026-04-30', '2026-05-06', 'aanmelding 30 April: 1 May, 4 May count, 5 mei does not'],
    ['2026-12-24', '2026-12-30', 'aanmelding 24 December: both Kerstdagen and the weekend do not count'],
  ])('crisis aanmelding %s → %s (%s)', (start, verwacht) => {
    // Act
    const uitkomst = berekenDeadline({ stap: 'eerste-gesprek', start, crisis: true });

    // Assess
    expect(uitkomst.deadline).toBe(verwacht);
    expect(uitkomst.norm.id).toBe('eerste-gesprek:crisis');
    expect(uitkomst.norm.eenheid).toBe('werkdagen');
  });

  it.each([
    ['2026-03-09', '2026-04-07', '4 weeks end on Tweede Paasdag'],
    ['2026-03-06', '2026-04-07', '4 weeks end on Goede Vrijdag, then weekend and Tweede Paasdag'],
    ['2026-01-03', '2026-02-02', '4 weeks end on a Saturday'],
    ['2026-04-16', '2026-05-15', '4 weeks end on Hemelvaartsdag'],
    ['2026-11-27', '2026-12-28', '4 weeks end on Eerste Kerstdag'],
    ['2025-03-29', '2025-04-28', '4 weeks end on Koningsdag 2025, a Saturday (27 April was a Sunday)'],
    ['2026-01-12', '2026-02-09', '4 weeks end on a Monday: not moved'],
  ])('aanmelding %s → %s (%s)', (start, verwacht) => {
    // Act
    const uitkomst = berekenDeadline({ stap: 'eerste-gesprek', start });

    // Assess
    expect(uitkomst.deadline).toBe(verwacht);
    expect(uitkomst.norm.id).toBe('eerste-gesprek');
  });
});

describe('opschorting (Awb 4:15: from the day after the start until the day the term runs again)', () => {
  // Prepare: eerste gesprek Monday 2 February 2026; 8 weeks end Monday 30 March 2026.
  const basis = { stap: 'beschikking' as const, start: '2026-02-02' };
  const opschorting = { id: 'o1', start: '2026-02-10', verwachtEinde: '2026-02-20', reden: 'stukken opgevraagd' };

  it('without opschorting ends after 8 weeks', () => {
    expect(berekenDeadline(basis).deadline).toBe('2026-03-30');
  });

  it('shifts the deadline by the suspended days when it ends as expected', () => {
    // Act: 11 to 19 February suspended = 9 days
    const uitkomst = berekenDeadline({ ...basis, opschortingen: [{ ...opschorting, werkelijkEinde: '2026-02-20' }] });

    // Assess
    expect(uitkomst.opgeschortDagen).toBe(9);
    expect(uitkomst.deadline).toBe('2026-04-08');
    expect(uitkomst.servicenormDeadline).toBe('2026-04-08');
  });

  it('uses the actual end when the opschorting is shorter than expected (and then applies the Atw)', () => {
    // Act: 11 to 14 February = 4 days → 3 April, Goede Vrijdag → Tuesday 7 April
    const uitkomst = berekenDeadline({ ...basis, opschortingen: [{ ...opschorting, werkelijkEinde: '2026-02-15' }] });

    // Assess
    expect(uitkomst.opgeschortDagen).toBe(4);
    expect(uitkomst.deadline).toBe('2026-04-07');
  });

  it('uses the actual end when the opschorting is longer than expected', () => {
    // Act: 11 February to 1 March = 19 days → Saturday 18 April → Monday 20 April
    const uitkomst = berekenDeadline({ ...basis, opschortingen: [{ ...opschorting, werkelijkEinde: '2026-03-02' }] });

    // Assess
    expect(uitkomst.opgeschortDagen).toBe(19);
    expect(uitkomst.deadline).toBe('2026-04-20');
  });

  it('counts overlapping periods once and adds separate ones, in any order', () => {
    // Prepare
    const a = { ...opschorting, werkelijkEinde: '2026-02-20' }; // 11–19 Feb
    const b = { id: 'o2', start: '2026-02-15', verwachtEinde: '2026-02-25', werkelijkEinde: '2026-02-25', reden: 'x' }; // 16–24 Feb
    const c = { id: 'o3', start: '2026-03-10', verwachtEinde: '2026-03-13', werkelijkEinde: '2026-03-13', reden: 'y' }; // 11–12 Mar

    // Act
    const overlappend = berekenDeadline({ ...basis, opschortingen: [a, b] });
    const drie = berekenDeadline({ ...basis, opschortingen: [c, b, a] });

    // Assess: 11–24 Feb = 14 days; plus 2 = 16 days
    expect(overlappend.opgeschortDagen).toBe(14);
    expect(overlappend.deadline).toBe('2026-04-13');
    expect(drie.opgeschortDagen).toBe(16);
    expect(drie.deadline).toBe('2026-04-15');
    expect(berekenDeadline({ ...basis, opschortingen: [a, b, c] })).toEqual(drie);
  });

  it('ignores a period after the deadline, unless an earlier opschorting moved the deadline past it', () => {
    // Prepare: 2–4 April lies after 30 March, but before the 8 April an earlier opschorting leads to
    const laat = {
      id: 'o4',
      start: '2026-04-01',
      verwachtEinde: '2026-04-05',
      werkelijkEinde: '2026-04-05',
      reden: 'z',
    };
    const vroeg = { ...opschorting, werkelijkEinde: '2026-02-20' };

    // Act
    const alleenLaat = berekenDeadline({ ...basis, opschortingen: [laat] });
    const beide = berekenDeadline({ ...basis, opschortingen: [vroeg, laat] });

    // Assess: 9 + 3 = 12 days → Saturday 11 April → Monday 13 April
    expect(alleenLaat.deadline).toBe('2026-03-30');
    expect(alleenLaat.opgeschortDagen).toBe(0);
    expect(beide.opgeschortDagen).toBe(12);
    expect(beide.deadline).toBe('2026-04-13');
  });

  it('treats an open opschorting as lasting until its verwachtEinde or today, whichever is later', () => {
    // Act
    const voorVerwacht = berekenDeadline({ ...basis, opschortingen: [opschorting], vandaag: '2026-02-15' });
    const naVerwacht = berekenDeadline({ ...basis, opschortingen: [opschorting], vandaag: '2026-02-25' });

    // Assess
    expect(voorVerwacht.deadline).toBe('2026-04-08');
    expect(naVerwacht.opgeschortDagen).toBe(14);
    expect(naVerwacht.deadline).toBe('2026-04-13');
    expect(foutcode(() => berekenDeadline({ ...basis, opschortingen: [opschorting] }))).toBe('VANDAAG_ONTBREEKT');
  });

  it('refuses an opschorting where the norm has none, and one that ends before it starts', () => {
    // Act / Assess
    expect(
      foutcode(() => berekenDeadline({ stap: 'eerste-gesprek', start: '2026-02-02', opschortingen: [opschorting] })),
    ).toBe('OPSCHORTING_NIET_TOEGESTAAN');
    expect(
      foutcode(() => berekenDeadline({ ...basis, opschortingen: [{ ...opschorting, werkelijkEinde: '2026-02-01' }] })),
    ).toBe('OPSCHORTING_ONGELDIG');
  });

  it('counts suspended weekend days as calendar days on a calendar term', () => {
    // Prepare: intake allows opschorting; 13–15 February (Fri–Sun) suspended
    const o = {
      id: 'o5',
      start: '2026-02-12',
      verwachtEinde: '2026-02-16',
      werkelijkEinde: '2026-02-16',
      reden: 'ziek',
    };

    // Act
    const uitkomst = berekenDeadline({ stap: 'intake', start: '2026-02-02', opschortingen: [o] });

    // Assess: 2 weeks = 16 February, plus 3 days = 19 February
    expect(uitkomst.opgeschortDagen).toBe(3);
    expect(uitkomst.deadline).toBe('2026-02-19');
  });
});

describe('verlenging', () => {
  it('extends within the maximum (stabilisatie: 4 months, up to 8 in total)', () => {
    // Act
    const eenmaal = berekenDeadline({
      stap: 'stabilisatie',
      start: '2026-01-12',
      verlengingen: [{ id: 'v1', maanden: 2, reden: 'schuldeisers nog niet compleet', op: '2026-05-01' }],
    });
    const tweemaal = berekenDeadline({
      stap: 'stabilisatie',
      start: '2026-01-12',
      verlengingen: [
        { id: 'v1', maanden: 2, reden: 'a', op: '2026-05-01' },
        { id: 'v2', weken: 8, reden: 'b', op: '2026-07-01' },
      ],
    });

    // Assess
    expect(eenmaal.deadline).toBe('2026-07-12');
    expect(eenmaal.servicenormDeadline).toBe('2026-07-12');
    expect(tweemaal.deadline).toBe('2026-09-06');
  });

  it('refuses a verlenging beyond the maximum', () => {
    // Act / Assess: 4 months after 12 May is 12 September (123 days); 18 weeks = 126 days is too long
    expect(
      foutcode(() =>
        berekenDeadline({
          stap: 'stabilisatie',
          start: '2026-01-12',
          verlengingen: [{ id: 'v1', maanden: 5, reden: 'x', op: '2026-05-01' }],
        }),
      ),
    ).toBe('VERLENGING_TE_LANG');
    expect(
      foutcode(() =>
        berekenDeadline({
          stap: 'stabilisatie',
          start: '2026-01-12',
          verlengingen: [{ id: 'v1', weken: 18, reden: 'x', op: '2026-05-01' }],
        }),
      ),
    ).toBe('VERLENGING_TE_LANG');
    expect(
      berekenDeadline({
        stap: 'stabilisatie',
        start: '2026-01-12',
        verlengingen: [{ id: 'v1', weken: 17, reden: 'x', op: '2026-05-01' }],
      }).deadline,
    ).toBe('2026-09-08');
  });

  it('extends a service-norm step (intake) and refuses more than its maximum', () => {
    // Act
    const binnen = berekenDeadline({
      stap: 'intake',
      start: '2026-01-12',
      verlengingen: [{ id: 'v1', weken: 1, reden: 'tolk nodig', op: '2026-01-20' }],
    });

    // Assess
    expect(binnen.deadline).toBe('2026-02-02');
    expect(
      foutcode(() =>
        berekenDeadline({
          stap: 'intake',
          start: '2026-01-12',
          verlengingen: [
            { id: 'v1', weken: 1, reden: 'a', op: '2026-01-20' },
            { id: 'v2', dagen: 8, reden: 'b', op: '2026-01-21' },
          ],
        }),
      ),
    ).toBe('VERLENGING_TE_LANG');
  });

  it('refuses a verlenging where the norm has none, one decided after the deadline, and an empty one', () => {
    // Act / Assess
    expect(
      foutcode(() =>
        berekenDeadline({
          stap: 'beschikking',
          start: '2026-01-12',
          verlengingen: [{ id: 'v1', weken: 2, reden: 'x', op: '2026-02-01' }],
        }),
      ),
    ).toBe('VERLENGING_NIET_TOEGESTAAN');
    expect(
      foutcode(() =>
        berekenDeadline({
          stap: 'stabilisatie',
          start: '2026-01-12',
          verlengingen: [{ id: 'v1', maanden: 1, reden: 'x', op: '2026-05-13' }],
        }),
      ),
    ).toBe('VERLENGING_TE_LAAT');
    expect(
      foutcode(() =>
        berekenDeadline({
          stap: 'stabilisatie',
          start: '2026-01-12',
          verlengingen: [{ id: 'v1', reden: 'x', op: '2026-02-01' }],
        }),
      ),
    ).toBe('VERLENGING_ONGELDIG');
  });
});

describe('gemeente overrides', () => {
  it('accepts a stricter service norm and uses it only for that gemeente', () => {
    // Prepare
    const catalogus = registreerGemeenteNorm(STANDAARD_CATALOGUS, {
      gemeente: '0363',
      stap: 'eerste-gesprek',
      servicenorm: { termijn: 10, eenheid: 'kalenderdagen', bron: 'Beleidsplan schulddienstverlening 2026' },
    });

    // Act
    const amsterdam = berekenDeadline({ stap: 'eerste-gesprek', start: '2026-01-12', gemeente: '0363', catalogus });
    const anders = berekenDeadline({ stap: 'eerste-gesprek', start: '2026-01-12', gemeente: '0599', catalogus });

    // Assess
    expect(amsterdam.servicenormDeadline).toBe('2026-01-22');
    expect(amsterdam.deadline).toBe('2026-02-09');
    expect(amsterdam.norm.versie).toBe('2021.1+0363');
    expect(anders.servicenormDeadline).toBe('2026-01-26');
    expect(STANDAARD_CATALOGUS.gemeenteNormen).toEqual([]);
  });

  it('refuses a looser service norm with a stable code', () => {
    // Act / Assess
    expect(
      foutcode(() =>
        registreerGemeenteNorm(STANDAARD_CATALOGUS, {
          gemeente: '0363',
          stap: 'eerste-gesprek',
          servicenorm: { termijn: 5, eenheid: 'weken', bron: 'wens' },
        }),
      ),
    ).toBe('OVERRIDE_RUIMER_DAN_MAXIMUM');
    expect(
      foutcode(() =>
        registreerGemeenteNorm(STANDAARD_CATALOGUS, {
          gemeente: '0363',
          stap: 'eerste-gesprek',
          variant: 'crisis',
          servicenorm: { termijn: 1, eenheid: 'weken', bron: 'wens' },
        }),
      ),
    ).toBe('EENHEDEN_ONVERGELIJKBAAR');
  });

  it('lets a verordening shorten the beslistermijn but not lengthen it, and never the Wgs art. 4 term', () => {
    // Prepare
    const catalogus = registreerGemeenteNorm(STANDAARD_CATALOGUS, {
      gemeente: '0114',
      stap: 'beschikking',
      termijn: { termijn: 6, eenheid: 'weken', bron: 'Verordening beslistermijn schuldhulpverlening 2021, art. 2' },
    });

    // Act
    const uitkomst = berekenDeadline({ stap: 'beschikking', start: '2026-01-12', gemeente: '0114', catalogus });

    // Assess: the catalogue's 8-week service norm is capped at the shorter term
    expect(uitkomst.deadline).toBe('2026-02-23');
    expect(uitkomst.servicenormDeadline).toBe('2026-02-23');
    expect(uitkomst.norm.bron).toContain('Verordening');
    expect(
      foutcode(() =>
        registreerGemeenteNorm(STANDAARD_CATALOGUS, {
          gemeente: '0114',
          stap: 'beschikking',
          termijn: { termijn: 10, eenheid: 'weken', bron: 'x' },
        }),
      ),
    ).toBe('OVERRIDE_RUIMER_DAN_MAXIMUM');
    expect(
      foutcode(() =>
        registreerGemeenteNorm(STANDAARD_CATALOGUS, {
          gemeente: '0114',
          stap: 'eerste-gesprek',
          termijn: { termijn: 3, eenheid: 'weken', bron: 'x' },
        }),
      ),
    ).toBe('OVERRIDE_TERMIJN_NIET_TOEGESTAAN');
  });

  it('applies a stricter crisis service norm to the crisis variant only', () => {
    // Prepare
    const catalogus = registreerGemeenteNorm(STANDAARD_CATALOGUS, {
      gemeente: '0363',
      stap: 'eerste-gesprek',
      variant: 'crisis',
      servicenorm: { termijn: 1, eenheid: 'werkdagen', bron: 'crisisprotocol' },
    });

    // Act
    const crisis = berekenDeadline({
      stap: 'eerste-gesprek',
      start: '2026-04-02',
      gemeente: '0363',
      crisis: true,
      catalogus,
    });
    const gewoon = berekenDeadline({ stap: 'eerste-gesprek', start: '2026-04-02', gemeente: '0363', catalogus });

    // Assess: next werkdag after Thursday 2 April 2026 is Tuesday 7 April
    expect(crisis.servicenormDeadline).toBe('2026-04-07');
    expect(crisis.deadline).toBe('2026-04-09');
    expect(gewoon.servicenormDeadline).toBe('2026-04-16');
  });
});

describe('normVoor and catalogue versions', () => {
  // Prepare: a second version from 2026 with a stricter eerste-gesprek service norm
  const eerste = STANDAARD_CATALOGUS.versies[0];
  if (!eerste) throw new Error('catalogus zonder versie');
  const tweeVersies: NormCatalogus = {
    gemeenteNormen: [],
    versies: [
      { ...eerste, geldigTot: '2025-12-31' },
      {
        versie: '2026.1',
        geldigVanaf: '2026-01-01',
        normen: eerste.normen.map((n) =>
          n.stap === 'eerste-gesprek' && n.variant === 'standaard'
            ? { ...n, servicenorm: { termijn: 10, eenheid: 'kalenderdagen' as const, bron: 'landelijke afspraak' } }
            : n,
        ),
      },
    ],
  };

  it('selects the version valid on the date', () => {
    // Act
    const oud = normVoor('eerste-gesprek', { op: '2025-12-31' }, tweeVersies);
    const nieuw = normVoor('eerste-gesprek', { op: '2026-01-01' }, tweeVersies);

    // Assess
    expect(oud.versie).toBe('2021.1');
    expect(oud.servicenorm.termijn).toBe(2);
    expect(nieuw.versie).toBe('2026.1');
    expect(nieuw.servicenorm).toMatchObject({ termijn: 10, eenheid: 'kalenderdagen' });
    expect(valideerCatalogus(tweeVersies)).toBe(tweeVersies);
  });

  it('selects the crisis variant only when asked, and falls back to the standard norm elsewhere', () => {
    // Act / Assess
    expect(normVoor('eerste-gesprek', { op: '2026-03-01', crisis: true }).id).toBe('eerste-gesprek:crisis');
    expect(normVoor('beschikking', { op: '2026-03-01', crisis: true }).id).toBe('beschikking');
  });

  it('refuses a date outside every version and overlapping versions', () => {
    // Act / Assess
    expect(foutcode(() => normVoor('eerste-gesprek', { op: '2020-12-31' }))).toBe('GEEN_NORMVERSIE');
    expect(foutcode(() => berekenDeadline({ stap: 'eerste-gesprek', start: '2020-06-01' }))).toBe('GEEN_NORMVERSIE');
    const overlap: NormCatalogus = { ...tweeVersies, versies: [eerste, ...tweeVersies.versies.slice(1)] };
    expect(foutcode(() => valideerCatalogus(overlap))).toBe('CATALOGUS_ONGELDIG');
  });

  it('is deterministic: the same input gives the same output', () => {
    // Prepare
    const invoer = {
      stap: 'beschikking' as const,
      start: '2026-02-02',
      opschortingen: [{ id: 'o1', start: '2026-02-10', verwachtEinde: '2026-02-20', reden: 'x' }],
      vandaag: '2026-02-25',
    };

    // Act / Assess
    expect(berekenDeadline(invoer)).toEqual(berekenDeadline(structuredClone(invoer)));
  });
});
