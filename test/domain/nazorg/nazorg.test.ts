// Domain: the nazorg window is exact to the day (six months from the end date, last day included, closing only
// after it), a terugval is idempotent on its source, and the outcome rules hold.
import { describe, expect, it } from 'vitest';
import {
  controleerNazorg,
  handelTerugvalAf,
  nazorgEinde,
  signaleerTerugval,
  startNazorg,
} from '../../../functions/domain/nazorg/nazorg';
import type { OpgeslagenGebeurtenis, TrajectGebeurtenis } from '../../../functions/domain/traject/gebeurtenissen';
import { type Traject, vouw } from '../../../functions/domain/traject/traject';

const systeem = { soort: 'systeem' as const, naam: 'test' };

function traject(...gebeurtenissen: TrajectGebeurtenis[]): Traject {
  const historie: OpgeslagenGebeurtenis[] = [
    {
      type: 'aanmelding-ontvangen',
      data: { ontvangenOp: '2026-01-05', aanvrager: { naam: 'A', telefoon: '0612345678' } },
    } as TrajectGebeurtenis,
    ...gebeurtenissen,
  ].map((gebeurtenis, i) => ({
    volgnummer: i + 1,
    op: '2026-01-05T10:00:00.000Z',
    actor: systeem,
    gemeente: '0363',
    gebeurtenis,
    wijzigingen: [],
    correlatieId: 'test',
  }));
  const t = vouw('t-0001', historie);
  if (!t) throw new Error('no case');
  return t;
}

const inNazorg = (start: string) => {
  const t = traject();
  const g = startNazorg(t, start);
  if (!g) throw new Error('no event');
  return traject(g);
};

describe('nazorg window', () => {
  it('ends six calendar months after the end date, month ends clamped', () => {
    // Assess
    expect(nazorgEinde('2026-03-15')).toBe('2026-09-15');
    expect(nazorgEinde('2026-08-31')).toBe('2027-02-28');
  });

  it('counts a signal on the last day as a terugval and one a day later not', () => {
    // Prepare
    const t = inNazorg('2026-03-15');

    // Act
    const laatsteDag = signaleerTerugval(t, '2026-09-15', { soort: 'betaling-gemist', maand: '4' });
    const daarna = signaleerTerugval(t, '2026-09-16', { soort: 'betaling-gemist', maand: '5' });
    const ervoor = signaleerTerugval(t, '2026-03-14', { soort: 'betaling-gemist', maand: '3' });

    // Assess
    expect(laatsteDag.soort).toBe('nieuw');
    expect(daarna.soort).toBe('buiten-venster');
    expect(ervoor.soort).toBe('buiten-venster');
  });

  it('is over only after the end of its last day in Europe/Amsterdam', () => {
    // Prepare
    const t = inNazorg('2026-03-15');

    // Act / Assess: 23:59 CEST on the last day is still inside, midnight is not
    expect(controleerNazorg(t, new Date('2026-09-15T21:59:00Z')).status).toBe('lopend');
    expect(controleerNazorg(t, new Date('2026-09-15T22:00:00Z')).status).toBe('afgelopen');
  });

  it('keeps the case in nazorg while a personal contact is open at the end', () => {
    // Prepare
    const t0 = inNazorg('2026-03-15');
    const besluit = signaleerTerugval(t0, '2026-09-10', {
      soort: 'vroegsignaal',
      signaalId: 's-1',
      partner: 'energie',
    });
    if (besluit.soort !== 'nieuw') throw new Error('expected a terugval');
    const start = startNazorg(traject(), '2026-03-15');
    if (!start) throw new Error('no event');
    const t1 = traject(start, besluit.gebeurtenis);

    // Act
    const controle = controleerNazorg(t1, new Date('2026-09-20T10:00:00Z'));
    const herhaling = signaleerTerugval(t1, '2026-09-10', {
      soort: 'vroegsignaal',
      signaalId: 's-1',
      partner: 'energie',
    });

    // Assess
    expect(t1.stap).toBe('persoonlijk-contact');
    expect(controle.status).toBe('wacht-op-contact');
    expect(herhaling).toEqual({ soort: 'herhaling', id: 't1' });
  });

  it('asks a reason for geen-actie and refuses a different outcome once recorded', () => {
    // Prepare
    const start = startNazorg(traject(), '2026-03-15');
    const besluit = signaleerTerugval(inNazorg('2026-03-15'), '2026-05-01', { soort: 'betaling-gemist', maand: '2' });
    if (!start || besluit.soort !== 'nieuw') throw new Error('setup');
    const t = traject(start, besluit.gebeurtenis);

    // Act
    const zonderReden = () => handelTerugvalAf(t, { id: 't1', uitkomst: 'geen-actie' }, '2026-05-02');
    const gemaakt = handelTerugvalAf(t, { id: 't1', uitkomst: 'contact-gemaakt' }, '2026-05-02');
    if (!gemaakt) throw new Error('expected an event');
    const na = traject(start, besluit.gebeurtenis, gemaakt);

    // Assess
    expect(zonderReden).toThrow(expect.objectContaining({ code: 'REDEN_VERPLICHT' }));
    expect(na.stap).toBe('nazorg');
    expect(na.stappen.find((s) => s.stap === 'persoonlijk-contact')?.voltooidOp).toBe('2026-05-02');
    expect(handelTerugvalAf(na, { id: 't1', uitkomst: 'contact-gemaakt' }, '2026-05-03')).toBeUndefined();
    expect(() => handelTerugvalAf(na, { id: 't1', uitkomst: 'nieuwe-aanmelding' }, '2026-05-03')).toThrow(
      expect.objectContaining({ code: 'TERUGVAL_AL_AFGEHANDELD' }),
    );
  });
});
