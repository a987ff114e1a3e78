// Domain core: the bridge between instants and legal dates in Europe/Amsterdam (DST-correct, Intl only).
import { dagnummer, type IsoDate, maakIsoDate, plusKalenderdagen } from './iso-datum';

const MS_PER_DAG = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function lokaal(instant: Date): {
  jaar: number;
  maand: number;
  dag: number;
  uur: number;
  minuut: number;
  seconde: number;
} {
  const waarden: Record<string, number> = {};
  for (const deel of formatter.formatToParts(instant)) {
    if (deel.type !== 'literal') waarden[deel.type] = Number(deel.value);
  }
  return {
    jaar: waarden.year ?? Number.NaN,
    maand: waarden.month ?? Number.NaN,
    dag: waarden.day ?? Number.NaN,
    uur: waarden.hour ?? Number.NaN,
    minuut: waarden.minute ?? Number.NaN,
    seconde: waarden.second ?? Number.NaN,
  };
}

/** Offset of Amsterdam local time from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetMs(instantMs: number): number {
  const heleSeconden = Math.floor(instantMs / 1000) * 1000;
  const l = lokaal(new Date(heleSeconden));
  const alsUtc =
    dagnummer(maakIsoDate(l.jaar, l.maand, l.dag)) * MS_PER_DAG + ((l.uur * 60 + l.minuut) * 60 + l.seconde) * 1000;
  return alsUtc - heleSeconden;
}

/** The calendar date in Europe/Amsterdam at instant `now` (pass the Clock's instant; never Date.now() here). */
export function vandaagInAmsterdam(now: Date): IsoDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('Ongeldig tijdstip');
  const l = lokaal(now);
  return maakIsoDate(l.jaar, l.maand, l.dag);
}

/**
 * The instant at which date d ends in Europe/Amsterdam: 00:00 local time on the next day. A step completed
 * before this instant is completed "on" d. Amsterdam changes clocks at 02:00/03:00 local, never at midnight,
 * so local midnight always exists and is unique; two passes settle the offset.
 */
export function eindeVanDagInAmsterdam(d: IsoDate): Date {
  const middernachtAlsUtc = dagnummer(plusKalenderdagen(d, 1)) * MS_PER_DAG;
  let t = middernachtAlsUtc - offsetMs(middernachtAlsUtc);
  t = middernachtAlsUtc - offsetMs(t);
  return new Date(t);
}
