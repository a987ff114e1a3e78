// Application layer: the inzage log. Every read of personal data is recorded before it is answered, and the
// gemeente's privacy officer (or a teamleider) can list who read what.
import { GeenToegangFout, ValidatieFout } from '../domain/fouten';
import { dagnummer } from '../domain/kalender/kalender';
import type { Rol } from '../domain/traject/gebeurtenissen';
import type { Afhankelijkheden, InzageFilter, InzageRecord } from './poorten';

/** Thrown when the record of a read could not be written: the read then fails (500), it is never answered unrecorded. */
export class InzageNietVastgelegdFout extends Error {
  constructor(oorzaak: unknown) {
    super('de inzage kon niet worden vastgelegd; het lezen is geweigerd', { cause: oorzaak });
    this.name = 'InzageNietVastgelegd';
  }
}

/**
 * Input: who read (sub, role, gemeente), what (a case id or a query of codes), through which route and request.
 * Output: nothing; resolves once the record is stored.
 *
 * Primary course:
 * 1. Stamp the record with the clock's instant.
 * 2. Write it to the inzage log; without a log, or when the write fails, throw `InzageNietVastgelegd`, so the read
 *    that asked for it fails too.
 */
export async function legInzageVast(
  deps: Pick<Afhankelijkheden, 'inzage' | 'klok'>,
  record: Omit<InzageRecord, 'op'>,
): Promise<void> {
  if (!deps.inzage) throw new InzageNietVastgelegdFout(new Error('no inzage log wired'));
  try {
    await deps.inzage.leg({ ...record, op: deps.klok.nu().toISOString() });
  } catch (e) {
    throw new InzageNietVastgelegdFout(e);
  }
}

/** The roles that may read the inzage log: the privacy officer, and the teamleider who answers for the team. */
export const INZAGE_LEZERS: readonly Rol[] = ['privacy', 'teamleider'];
/** Longest period one listing covers (each day is one partition read). */
export const MAX_PERIODE_DAGEN = 366;

/**
 * Input: the gemeente and role of the reader, a period (van–tot, inclusive), optionally a case and/or a user.
 * Output: one page of records, newest day last, and a cursor when there is more.
 *
 * Primary course:
 * 1. Only the privacy officer or a teamleider reads the log (403 otherwise); always of the own gemeente.
 * 2. The period runs forward and spans at most a year (400 naming `tot`).
 * 3. One page from the log: by case when a case is given, else per day (filtered on the user when given).
 */
export async function bekijkInzage(
  deps: Pick<Afhankelijkheden, 'inzage' | 'lijsten'>,
  opdracht: { gemeente: string; rol: Rol; filter: Omit<InzageFilter, 'gemeente'>; max: number; cursor?: string },
): Promise<{ items: InzageRecord[]; cursor?: string }> {
  if (!INZAGE_LEZERS.includes(opdracht.rol)) {
    throw new GeenToegangFout('ROL_NIET_TOEGESTAAN', `de rol ${opdracht.rol} mag het inzagelog niet lezen`);
  }
  const { van, tot } = opdracht.filter;
  if (tot < van)
    throw new ValidatieFout('PERIODE_ONGELDIG', 'tot ligt voor van', [{ veld: 'tot', melding: 'ligt voor van' }]);
  if (dagnummer(tot) - dagnummer(van) >= MAX_PERIODE_DAGEN) {
    throw new ValidatieFout('PERIODE_TE_LANG', `een periode van hoogstens ${MAX_PERIODE_DAGEN} dagen`, [
      { veld: 'tot', melding: `hoogstens ${MAX_PERIODE_DAGEN} dagen na van` },
    ]);
  }
  if (!deps.inzage) throw new InzageNietVastgelegdFout(new Error('no inzage log wired'));
  return deps.lijsten.inzage({ ...opdracht.filter, gemeente: opdracht.gemeente }, opdracht.max, opdracht.cursor);
}
