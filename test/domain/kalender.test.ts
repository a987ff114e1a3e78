import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  eindeVanDagInAmsterdam,
  feestdagen,
  IsoDate,
  isFeestdag,
  isWerkdag,
  paasdatum,
  plusKalenderdagen,
  plusMaanden,
  plusWeken,
  plusWerkdagen,
  vandaagInAmsterdam,
  verschilInDagen,
  volgendeWerkdagAtw,
  weekdag,
  werkdagenTussen,
} from '../../functions/domain/kalender/kalender';

describe('IsoDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    // Prepare
    const goed = ['2024-02-29', '2026-12-31', '2000-02-29'];
    const fout = ['2023-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '2026-04-01T00:00:00Z', '1900-02-29'];

    // Act
    const uitkomsten = [...goed, ...fout].map((d) => IsoDate.safeParse(d).success);

    // Assess
    expect(uitkomsten).toEqual([true, true, true, false, false, false, false, false, false]);
  });

  it('does day arithmetic across months, years and leap days', () => {
    // Prepare / Act / Assess
    expect(plusKalenderdagen('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusKalenderdagen('2025-12-31', 1)).toBe('2026-01-01');
    expect(plusWeken('2026-03-09', 4)).toBe('2026-04-06');
    expect(plusMaanden('2026-08-31', 6)).toBe('2027-02-28');
    expect(plusMaanden('2027-08-31', 6)).toBe('2028-02-29');
    expect(verschilInDagen('2026-01-01', '2027-01-01')).toBe(365);
    expect(verschilInDagen('2026-01-10', '2026-01-01')).toBe(-9);
    expect(weekdag('2026-04-03')).toBe(5);
    expect(weekdag('2025-04-27')).toBe(7);
    expect(() => plusKalenderdagen('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('paasdatum (Meeus/Jones/Butcher)', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (jaar, verwacht) => {
    // Act / Assess
    expect(paasdatum(jaar)).toBe(verwacht);
  });
});

describe('feestdagen (Atw art. 3)', () => {
  it('lists the Atw days of 2026 with Goede Vrijdag (lid 2) and 5 mei in a non-lustrum year', () => {
    // Act
    const dagen = feestdagen(2026).map((f) => `${f.datum} ${f.naam}`);

    // Assess
    expect(dagen).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday (2025, and 2031)', () => {
    // Act
    const koningsdag = (jaar: number) => feestdagen(jaar).find((f) => f.naam === 'Koningsdag')?.datum;

    // Assess
    expect(weekdag('2025-04-27')).toBe(7);
    expect(koningsdag(2025)).toBe('2025-04-26');
    expect(koningsdag(2031)).toBe('2031-04-26');
    expect(koningsdag(2026)).toBe('2026-04-27');
    expect(isWerkdag('2025-04-28')).toBe(true);
  });

  it('makes holidays on weekdays non-werkdagen', () => {
    // Prepare: all on Monday–Friday in 2026
    const opWerkdagen = [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
    ];

    // Act / Assess
    for (const d of opWerkdagen) {
      expect(weekdag(d)).toBeLessThanOrEqual(5);
      expect(isFeestdag(d)).toBe(true);
      expect(isWerkdag(d)).toBe(false);
    }
    expect(isWerkdag('2026-05-04')).toBe(true); // 4 mei (Dodenherdenking) is no Atw day
    expect(isWerkdag('2026-05-15')).toBe(true); // Friday after Hemelvaartsdag: only by ad-hoc besluit (art. 3 lid 3)
    expect(isWerkdag('2026-12-31')).toBe(true);
    expect(isWerkdag('2026-04-04')).toBe(false); // Saturday
  });

  it('refuses years outside the known rules', () => {
    // Act / Assess
    expect(() => feestdagen(1985)).toThrow(RangeError);
  });

  it('agrees with date-holidays NL for 2020–2035 once its type labels are read as the Atw reads them', () => {
    // Prepare: date-holidays types Goede Vrijdag and Bevrijdingsdag as 'school' (whether employees get the day off,
    // per rijksoverheid.nl), not 'public'; for the Atw both are days (art. 3 lid 2 and lid 1). Its observances
    // (4 mei, Moederdag, Prinsjesdag, …) and 'bank' Oudejaarsdag are no Atw days.
    const bibliotheek = new Holidays('NL');

    for (let jaar = 2020; jaar <= 2035; jaar++) {
      // Act
      const lijst = bibliotheek.getHolidays(jaar);
      const volgensBibliotheek = lijst
        .filter((h) => h.type === 'public' || h.type === 'school')
        .map((h) => h.date.slice(0, 10))
        .sort();
      const eigen = feestdagen(jaar).map((f) => f.datum);
      const schoolTypen = lijst.filter((h) => h.type === 'school').map((h) => h.date.slice(0, 10));

      // Assess
      expect(eigen, `jaar ${jaar}`).toEqual(volgensBibliotheek);
      expect(schoolTypen.sort(), `jaar ${jaar}`).toEqual(
        [plusKalenderdagen(paasdatum(jaar), -2), `${jaar}-05-05`].sort(),
      );
    }
  });
});

describe('werkdagen and Atw art. 1', () => {
  it('moves a term ending on a holiday or weekend to the next werkdag, and leaves a werkdag alone', () => {
    // Act / Assess
    expect(volgendeWerkdagAtw('2026-04-03')).toBe('2026-04-07'); // Goede Vrijdag → Sat, Sun, Tweede Paasdag → Tue
    expect(volgendeWerkdagAtw('2026-05-14')).toBe('2026-05-15'); // Hemelvaartsdag
    expect(volgendeWerkdagAtw('2026-12-25')).toBe('2026-12-28'); // Kerst, Tweede Kerstdag (Sat), Sunday
    expect(volgendeWerkdagAtw('2026-05-05')).toBe('2026-05-06'); // 5 mei in a non-lustrum year
    expect(volgendeWerkdagAtw('2026-05-06')).toBe('2026-05-06');
  });

  it('counts werkdagen from the next werkdag after the start', () => {
    // Act / Assess
    expect(plusWerkdagen('2026-04-02', 3)).toBe('2026-04-09'); // Fri 3 (Goede Vrijdag) and Mon 6 skipped
    expect(plusWerkdagen('2026-04-30', 3)).toBe('2026-05-06'); // Fri 1, Mon 4, (Tue 5 mei), Wed 6
    expect(plusWerkdagen('2026-12-24', 3)).toBe('2026-12-30');
    expect(plusWerkdagen('2026-01-09', 1)).toBe('2026-01-12');
    expect(plusWerkdagen('2026-01-12', 0)).toBe('2026-01-12');
    expect(plusWerkdagen('2026-01-12', -1)).toBe('2026-01-09');
    expect(werkdagenTussen('2026-04-02', '2026-04-09')).toBe(3);
    expect(werkdagenTussen('2026-04-09', '2026-04-02')).toBe(-3);
    expect(werkdagenTussen('2026-12-31', '2027-01-04')).toBe(1); // Jan 1 feestdag, weekend, Mon 4 counts
  });
});

describe('Europe/Amsterdam', () => {
  it('gives the local date of an instant', () => {
    // Act / Assess
    expect(vandaagInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
    expect(vandaagInAmsterdam(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31'); // CET, UTC+1
    expect(vandaagInAmsterdam(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('ends a day at local midnight across the DST boundaries', () => {
    // Act / Assess: summer time starts 29 March 2026 02:00 CET, ends 25 October 2026 03:00 CEST
    expect(eindeVanDagInAmsterdam('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(eindeVanDagInAmsterdam('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(eindeVanDagInAmsterdam('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(eindeVanDagInAmsterdam('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(vandaagInAmsterdam(new Date(eindeVanDagInAmsterdam('2026-03-29').getTime() - 1))).toBe('2026-03-29');
    expect(vandaagInAmsterdam(eindeVanDagInAmsterdam('2026-10-25'))).toBe('2026-10-26');
  });
});
