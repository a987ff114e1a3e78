// Application layer: use case "registreer een aanmelding" (In contact).
import { createHash } from 'node:crypto';
import type { AanmeldingVerzoek } from '../contracts/api';
import { ConflictFout, ValidatieFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Verwijzing } from '../domain/traject/gebeurtenissen';
import { persoonKenmerk } from '../domain/traject/persoon';
import { zoeksleutelsVan } from './consulent/zoeksleutels';
import { publiceerVerweesd } from './herpubliceer';
import { legVast } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/**
 * Registers a hulpvraag as a new traject.
 *
 * Input: the aanmelding (form-free: a name and one way to reach the person), the gemeente and actor from the token,
 * optionally an Idempotency-Key.
 * Output: the traject id and whether this call created it.
 *
 * Primary course:
 * 1. Derive the id: from the Idempotency-Key (so a retried request lands on the same case) or fresh.
 * 2. Append `aanmelding-ontvangen` as event 1 (conditional: a second request with the same key cannot append it again).
 * 3. Publish `aanmelding-ontvangen`; the bus starts the workflow of the first phase.
 */
export async function registreerAanmelding(
  deps: Afhankelijkheden,
  opdracht: {
    verzoek: AanmeldingVerzoek;
    gemeente: string;
    actor: Actor;
    correlatieId: string;
    idempotencyKey?: string;
    verwijzing?: Verwijzing;
    /** The person's keyed hash when the caller computed it already (a referral looks the person up first). */
    persoonSleutel?: string;
    /** The id the caller derived (a referral: one per person per day); a taken id is a VERSIE_CONFLICT for it. */
    id?: string;
  },
): Promise<{ id: string; nieuw: boolean }> {
  const { verzoek, gemeente, idempotencyKey } = opdracht;
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const ontvangenOp = verzoek.ontvangenOp ?? vandaag;
  if (ontvangenOp > vandaag) {
    throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een aanmelding kan niet in de toekomst ontvangen zijn', [
      { veld: 'ontvangenOp', melding: `ligt na vandaag (${vandaag})` },
    ]);
  }
  const verzoekHash = idempotencyKey ? hash(JSON.stringify(verzoek)) : undefined;
  const persoonSleutel = opdracht.persoonSleutel ?? (await deps.pseudoniem.sleutel(gemeente, persoonKenmerk(verzoek)));
  const id = opdracht.id ?? (idempotencyKey ? afgeleidId(gemeente, idempotencyKey) : deps.ids.nieuwId());
  try {
    await legVast(
      deps,
      id,
      undefined,
      {
        type: 'aanmelding-ontvangen',
        data: {
          ontvangenOp,
          ...(verzoek.crisis ? { crisis: verzoek.crisis } : {}),
          aanvrager: {
            naam: verzoek.naam,
            ...(verzoek.telefoon ? { telefoon: verzoek.telefoon } : {}),
            ...(verzoek.email ? { email: verzoek.email } : {}),
          },
          ...(verzoek.verwijzer ? { verwijzer: verzoek.verwijzer } : {}),
          ...(verzoekHash ? { verzoekHash } : {}),
          persoonSleutel,
          ...(opdracht.verwijzing ? { verwijzing: opdracht.verwijzing } : {}),
          zoeksleutels: await zoeksleutelsVan(deps.pseudoniem, gemeente, verzoek),
        },
      },
      { actor: opdracht.actor, gemeente, correlatieId: opdracht.correlatieId },
    );
    return { id, nieuw: true };
  } catch (e) {
    if (!(e instanceof ConflictFout && e.code === 'VERSIE_CONFLICT' && verzoekHash)) throw e;
    const bestaand = await deps.opslag.laad(id);
    if (bestaand?.traject.gemeente !== gemeente || bestaand.traject.verzoekHash !== verzoekHash) {
      throw new ConflictFout(
        'IDEMPOTENCY_KEY_HERGEBRUIKT',
        'deze Idempotency-Key is al gebruikt voor een ander verzoek',
      );
    }
    // A replay: finish what the first request may not have finished (its publication), change nothing else. Through
    // the outbox claim, so the replay, the sweep and a first request still in flight publish it once between them.
    await publiceerVerweesd(deps, id, 1);
    return { id, nieuw: false };
  }
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** A UUID-shaped id derived from its parts (the same parts give the same id; the parts cannot be read back). */
export function afgeleidId(...delen: string[]): string {
  const h = hash(delen.join('\n'));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
