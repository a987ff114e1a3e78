// Domain layer: corrections of recorded facts (the eerste-gesprek date, an intake answer). The view shows the corrected
// value, the history keeps both; every deadline that runs from a corrected date is derived again from the new date.
import { ConflictFout, RegelFout, ValidatieFout } from '../fouten';
import type { StapVoortgang } from '../traject/traject';
import type { FeitGecorrigeerd } from './correctie-gebeurtenissen';

export interface Correctie {
  feit: string;
  vraag?: string;
  oud: unknown;
  nieuw: unknown;
  reden: string;
  door: string;
  op: string;
}

interface Corrigeerbaar {
  ontvangenOp: string;
  stappen: StapVoortgang[];
  intake?: { datum: string; antwoorden: Record<string, unknown> } | undefined;
  correcties?: Correctie[] | undefined;
}

export type CorrectieVerzoek =
  | { feit: 'eerste-gesprek.datum'; nieuw: string; reden: string }
  | { feit: 'intake.antwoord'; vraag: string; nieuw: unknown; reden: string };

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Decides the correction. Correcting to the value that is recorded now is a replay (nothing). The eerste-gesprek date
 * stays within the aanmelding and today, and not after a recorded intake.
 */
export function corrigeerFeit(t: Corrigeerbaar, v: CorrectieVerzoek, vandaag: string): FeitGecorrigeerd | undefined {
  if (v.feit === 'eerste-gesprek.datum') {
    const oud = t.stappen.find((s) => s.stap === 'eerste-gesprek')?.voltooidOp;
    if (oud === undefined) {
      throw new RegelFout('FEIT_NIET_VASTGELEGD', 'er is nog geen eerste gesprek vastgelegd om te corrigeren');
    }
    if (oud === v.nieuw) return undefined;
    if (v.nieuw < t.ontvangenOp) {
      throw new ValidatieFout('DATUM_VOOR_AANMELDING', 'het eerste gesprek kan niet voor de aanmelding liggen', [
        { veld: 'nieuw', melding: `ligt voor de aanmelding (${t.ontvangenOp})` },
      ]);
    }
    if (v.nieuw > vandaag) {
      throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een gevoerd gesprek kan niet in de toekomst liggen', [
        { veld: 'nieuw', melding: `ligt na vandaag (${vandaag})` },
      ]);
    }
    if (t.intake && v.nieuw > t.intake.datum) {
      throw new ValidatieFout('DATUM_NA_INTAKE', 'het eerste gesprek kan niet na de intake liggen', [
        { veld: 'nieuw', melding: `ligt na de intake (${t.intake.datum})` },
      ]);
    }
    return { type: 'feit-gecorrigeerd', data: { feit: v.feit, oud, nieuw: v.nieuw, reden: v.reden } };
  }
  if (!t.intake) throw new RegelFout('FEIT_NIET_VASTGELEGD', 'er is nog geen intake vastgelegd om te corrigeren');
  if (!(v.vraag in t.intake.antwoorden)) {
    throw new ValidatieFout('VRAAG_ONBEKEND', `de intake heeft geen antwoord op ${v.vraag}`, [
      { veld: 'vraag', melding: 'geen vraag van de vastgelegde intake' },
    ]);
  }
  const oud = t.intake.antwoorden[v.vraag];
  if (gelijk(oud, v.nieuw)) return undefined;
  return { type: 'feit-gecorrigeerd', data: { feit: v.feit, vraag: v.vraag, oud, nieuw: v.nieuw, reden: v.reden } };
}

/** The fold: the corrected value in place, the correction itself kept in `correcties` (the history keeps both). */
export function evolueerCorrectie<T extends Corrigeerbaar>(t: T, g: FeitGecorrigeerd, door: string, op: string): T {
  const d = g.data;
  const correcties = [...(t.correcties ?? []), { ...d, door, op }];
  if (d.feit === 'eerste-gesprek.datum') {
    // Wgs art. 4a: the intake and the beslistermijn for the beschikking run from the eerste gesprek, so both move.
    const stappen = t.stappen.map((s) =>
      s.stap === 'eerste-gesprek'
        ? { ...s, voltooidOp: d.nieuw }
        : (s.stap === 'intake' || s.stap === 'beschikking') && s.start === d.oud
          ? { ...s, start: d.nieuw }
          : s,
    );
    return { ...t, stappen, correcties };
  }
  if (!t.intake) throw new ConflictFout('FEIT_NIET_VASTGELEGD', 'geen intake');
  return { ...t, intake: { ...t.intake, antwoorden: { ...t.intake.antwoorden, [d.vraag]: d.nieuw } }, correcties };
}
