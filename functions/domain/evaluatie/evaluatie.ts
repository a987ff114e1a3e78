// Domain layer: the evaluation of the plan with a measurement instrument. The same instrument versions and the same
// 1–5 zelfredzaamheid scale as the intake (functions/domain/triage/instrument.ts, after the Zelfredzaamheid-Matrix),
// so every evaluation shows the change per life domain since the intake and since the previous evaluation.
import { ConflictFout, RegelFout, ValidatieFout } from '../fouten';
import type { TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { Traject } from '../traject/traject';
import { zoekInstrument } from '../triage/instrument';

export type EvaluatieBesluit = 'voortzetten' | 'bijstellen' | 'escaleren';

export interface Evaluatie {
  id: string;
  datum: string;
  instrument: { id: string; versie: string };
  /** Scores 1–5 per zelfredzaamheid domain (question id of the instrument). */
  scores: Record<string, number>;
  besluit: EvaluatieBesluit;
  /** With `bijstellen`: the plan's new version (the earlier versions stay in the history). */
  planVersie?: number;
  plan?: Record<string, unknown>;
  toelichting?: string;
}

export interface Verandering {
  domein: string;
  intake: number | null;
  vorige: number | null;
  nu: number;
  sindsIntake: number | null;
  sindsVorige: number | null;
}

/** The zelfredzaamheid questions (scale 1–5) of an instrument version: the life domains an evaluation scores. */
export function levensdomeinen(instrument: { id: string; versie: string }): string[] {
  return zoekInstrument(instrument)
    .vragen.filter((v) => v.domein === 'zelfredzaamheid' && v.type === 'schaal')
    .map((v) => v.id);
}

function intakeScores(traject: Traject): Record<string, number> {
  const a = traject.intake?.antwoorden ?? {};
  return Object.fromEntries(Object.entries(a).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** The change per domain: since the intake and since the evaluation before `evaluatie` (null where not scored). */
export function veranderingen(traject: Traject, evaluatie: Evaluatie): Verandering[] {
  const alle = traject.evaluaties ?? [];
  const index = alle.findIndex((e) => e.id === evaluatie.id);
  const vorige = index > 0 ? alle[index - 1] : undefined;
  const intake = intakeScores(traject);
  return Object.entries(evaluatie.scores).map(([domein, nu]) => {
    const i = intake[domein] ?? null;
    const v = vorige?.scores[domein] ?? null;
    return {
      domein,
      intake: i,
      vorige: v,
      nu,
      sindsIntake: i === null ? null : nu - i,
      sindsVorige: v === null ? null : nu - v,
    };
  });
}

/** Fold part: the evaluation list, and with `bijstellen` the plan's new version. */
export function evolueerEvaluatie(traject: Traject, data: Evaluatie): Traject {
  return { ...traject, evaluaties: [...(traject.evaluaties ?? []), data] };
}

/**
 * Decides the `evaluatie-vastgelegd` event. The instrument version must be one the installation knows, every score
 * a whole number 1–5 on one of its zelfredzaamheid domains; an evaluation needs an intake to compare with. The same
 * evaluation (id) again is a replay; with other content a 409.
 */
export function legEvaluatieVast(
  traject: Traject,
  e: Omit<Evaluatie, 'planVersie'>,
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const bestaand = traject.evaluaties?.find((x) => x.id === e.id);
  if (bestaand) {
    const { planVersie: _p, ...zonder } = bestaand;
    if (vast(zonder) === vast(e)) return undefined;
    throw new ConflictFout('EVALUATIE_BESTAAT', `evaluatie ${e.id} bestaat al met andere gegevens`);
  }
  if (!traject.intake) throw new RegelFout('GEEN_INTAKE', 'een evaluatie vergelijkt met de intake; die is er nog niet');
  if (e.datum > vandaag || e.datum < traject.intake.datum) {
    throw new ValidatieFout('DATUM_ONGELDIG', 'de evaluatie ligt voor de intake of in de toekomst', [
      { veld: 'datum', melding: `verwacht tussen ${traject.intake.datum} en ${vandaag}` },
    ]);
  }
  const domeinen = new Set(levensdomeinen(e.instrument));
  const fouten = Object.entries(e.scores).flatMap(([domein, score]) =>
    !domeinen.has(domein)
      ? [{ veld: `scores.${domein}`, melding: 'geen levensdomein van dit instrument' }]
      : !Number.isInteger(score) || score < 1 || score > 5
        ? [{ veld: `scores.${domein}`, melding: 'verwacht een score van 1 tot en met 5' }]
        : [],
  );
  if (Object.keys(e.scores).length === 0) fouten.push({ veld: 'scores', melding: 'scoor minstens één levensdomein' });
  if (e.besluit === 'bijstellen' && !e.plan) fouten.push({ veld: 'plan', melding: 'bijstellen vraagt een nieuw plan' });
  if (e.besluit !== 'bijstellen' && e.plan)
    fouten.push({ veld: 'plan', melding: 'alleen bij bijstellen een nieuw plan' });
  if (fouten.length > 0) throw new ValidatieFout('EVALUATIE_ONGELDIG', 'de evaluatie voldoet niet', fouten);
  const versies = (traject.evaluaties ?? []).filter((x) => x.planVersie !== undefined).length;
  return {
    type: 'evaluatie-vastgelegd',
    data: { ...e, ...(e.besluit === 'bijstellen' ? { planVersie: versies + 2 } : {}) },
  };
}

/** JSON with sorted keys: two evaluations with the same content compare equal whatever the key order. */
function vast(w: unknown): string {
  return JSON.stringify(w, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
