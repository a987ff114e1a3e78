// Application layer: use cases "verwijs door" (In beeld) and "status van een verwijzing" (the verwijzer's view).
import type { VerwijzingVerzoek } from '../contracts/api';
import { ConflictFout, GeenToegangFout, NietGevondenFout } from '../domain/fouten';
import { plusKalenderdagen, vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Verwijzing } from '../domain/traject/gebeurtenissen';
import { persoonKenmerk, SAMENVOEG_DAGEN } from '../domain/traject/persoon';
import { stapVan } from '../domain/traject/traject';
import { herhaalCommutatief } from './herhaal-commutatief';
import { legVast } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import { afgeleidId, registreerAanmelding } from './registreer-aanmelding';

/**
 * Input: the referral (a name, one way of contact, the resident's consent, the partner), the verwijzer from the token.
 * Output: the traject id the referral landed on and whether it joined an existing case.
 *
 * Primary course:
 * 1. Hash the person's contact with the gemeente's key (the identifier itself is never a key).
 * 2. A case of this person with an aanmelding in the last 30 days: append `verwijzing-ontvangen` to it.
 * 3. Otherwise: an aanmelding like any other (its term starts today), carrying the referral, under an id derived from
 *    the person and the day; when a concurrent referral of the same person took that id first, join its case.
 */
export async function verwijsDoor(
  deps: Afhankelijkheden,
  opdracht: { verzoek: VerwijzingVerzoek; gemeente: string; actor: Actor; correlatieId: string },
): Promise<{ id: string; samengevoegd: boolean }> {
  const { verzoek, gemeente, actor } = opdracht;
  if (actor.soort !== 'medewerker' || actor.rol !== 'verwijzer') {
    throw new GeenToegangFout('ALLEEN_VERWIJZER', 'alleen een verwijzer registreert een verwijzing');
  }
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const verwijzing: Verwijzing = {
    id: deps.ids.nieuwId(),
    organisatie: verzoek.organisatie,
    soort: verzoek.soort,
    verwijzerSub: actor.sub,
    toestemmingOp: verzoek.toestemming.datum,
    ontvangenOp: vandaag,
  };
  const sleutel = await deps.pseudoniem.sleutel(gemeente, persoonKenmerk(verzoek));
  const [recent] = await deps.lijsten.zoekOpPersoon(gemeente, sleutel, plusKalenderdagen(vandaag, -SAMENVOEG_DAGEN));
  if (recent) return voegToe(deps, recent, verwijzing, opdracht);
  // No case yet: the id follows from the person and the day, so two referrals at the same moment (or before the
  // person index shows the first) meet at one id: the first write wins, the other joins the case it made.
  const id = afgeleidId('verwijzing', gemeente, sleutel, vandaag);
  try {
    await registreerAanmelding(deps, {
      verzoek: {
        naam: verzoek.naam,
        ...(verzoek.telefoon ? { telefoon: verzoek.telefoon } : {}),
        ...(verzoek.email ? { email: verzoek.email } : {}),
        ...(verzoek.crisis ? { crisis: verzoek.crisis } : {}),
      },
      gemeente,
      actor,
      correlatieId: opdracht.correlatieId,
      verwijzing,
      persoonSleutel: sleutel,
      id,
    });
    return { id, samengevoegd: false };
  } catch (e) {
    if (!(e instanceof ConflictFout && e.code === 'VERSIE_CONFLICT')) throw e;
    return voegToe(deps, id, verwijzing, opdracht);
  }
}

/**
 * Appends a further referral to the person's existing case. Appending a referral does not depend on the case's
 * version, so it is retried until it lands: a referral never fails because a parallel one won (10 at once: one case,
 * ten referrals, no 409).
 */
async function voegToe(
  deps: Afhankelijkheden,
  id: string,
  verwijzing: Verwijzing,
  opdracht: { gemeente: string; actor: Actor; correlatieId: string },
): Promise<{ id: string; samengevoegd: boolean }> {
  await herhaalCommutatief(async () => {
    const geladen = await deps.opslag.laad(id);
    if (!geladen) throw new Error(`traject ${id} is missing though the person index or its id points at it`);
    await legVast(deps, id, geladen, { type: 'verwijzing-ontvangen', data: { verwijzing } }, opdracht);
  });
  return { id, samengevoegd: true };
}

/**
 * The verwijzer sees whether its referral was picked up (the eerste gesprek held) and when: nothing else about the
 * case. A case it did not refer does not exist for it (404).
 */
export async function verwijzingStatus(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  opdracht: { id: string; gemeente: string; sub: string },
): Promise<{ id: string; opgepakt: boolean; eersteGesprekOp: string | null }> {
  const geladen = await deps.opslag.laad(opdracht.id);
  const traject = geladen?.traject;
  if (
    !traject ||
    traject.gemeente !== opdracht.gemeente ||
    !traject.verwijzingen.some((v) => v.verwijzerSub === opdracht.sub)
  ) {
    throw new NietGevondenFout('VERWIJZING_NIET_GEVONDEN', `er is geen verwijzing van u voor ${opdracht.id}`);
  }
  const eersteGesprekOp = stapVan(traject, 'eerste-gesprek')?.voltooidOp ?? null;
  return { id: opdracht.id, opgepakt: eersteGesprekOp !== null, eersteGesprekOp };
}
