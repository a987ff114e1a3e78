// Application layer: the vroegsignalen use cases. The ingest matches a signal to a person through the keyed hash of
// the BSN (or of the partner's pseudonym); inside a nazorg window it is a terugval, otherwise the outreach list.
import type { Vroegsignaal, VroegsignaalType } from '../contracts/vroegsignalen';
import { verlooptOpNa } from '../domain/bewaren/bewaartermijn';
import { ConflictFout, NietGevondenFout, ValidatieFout } from '../domain/fouten';
import { plusWerkdagen, vandaagInAmsterdam } from '../domain/kalender/kalender';
import { binnenNazorgVenster } from '../domain/nazorg/nazorg';
import type { SignaalPartner } from '../domain/nazorg/nazorg-gebeurtenissen';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar } from './behandelaar';
import { laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import { meldTerugval } from './nazorg';
import type { Afhankelijkheden, OpgeslagenSignaal, SignaalOpslag } from './poorten';
import { registreerAanmelding } from './registreer-aanmelding';

/**
 * The deadline of an outreach attempt after a signal: no law or published norm sets one (Wgs art. 3a obliges the
 * college to act on a signal, not by when), so a configurable servicenorm; 5 werkdagen is our default choice.
 */
export const OUTREACH_WERKDAGEN = 5;

export function signalenVan(deps: Pick<Afhankelijkheden, 'signalen'>): SignaalOpslag {
  if (!deps.signalen) throw new Error('no SignaalOpslag configured in this composition root');
  return deps.signalen;
}

/** What the person index is keyed on: the BSN, or the partner's own pseudonym for the person. Hashed before use. */
export function persoonKenmerkVanSignaal(s: Vroegsignaal): string {
  const p = s.data.persoon;
  return 'bsn' in p ? `bsn:${p.bsn}` : `pseudoniem:${s.data.partner.soort}:${p.pseudoniem}`;
}

export type IngestUitkomst =
  | { afhandeling: 'herhaling' }
  | { afhandeling: 'terugval'; trajectId: string; terugvalId: string }
  | { afhandeling: 'lopend-traject'; trajectId: string }
  | { afhandeling: 'outreach'; deadline: string };

/**
 * Input: a parsed vroegsignaal (its metadata id is the signal id). Output: what was done, with ids only.
 *
 * Primary course:
 * 1. Hash the person's identifier (KMS/HMAC): the BSN is never a key, never logged, never on the bus.
 * 2. Find the person's cases through the BSN index. A case in its nazorg window (by the signal's date): a terugval
 *    (idempotent on the signal id). A case still running: the signal is kept with that case's id.
 * 3. Nobody, or only closed cases (a signal after the nazorg window starts nothing on the old case): the gemeente's
 *    outreach list with its own deadline.
 * 4. The signal item is written last and conditionally: a redelivered signal re-runs the idempotent steps and then
 *    finds its item, so it does nothing twice and nothing is lost when a first attempt broke off halfway.
 */
export async function ontvangVroegsignaal(
  deps: Afhankelijkheden,
  opdracht: { soort: VroegsignaalType; signaal: Vroegsignaal },
): Promise<IngestUitkomst> {
  const signalen = signalenVan(deps);
  const { metadata, data } = opdracht.signaal;
  const gemeente = metadata.gemeente;
  if (await signalen.haal(gemeente, metadata.id)) return { afhandeling: 'herhaling' };
  const sleutel = await deps.pseudoniem.sleutel(gemeente, persoonKenmerkVanSignaal(opdracht.signaal));
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const basis = {
    id: metadata.id,
    gemeente,
    ontvangenOp: vandaag,
    persoonSleutel: sleutel,
    signaal: { soort: opdracht.soort, ...data },
  };
  let uitkomst: Exclude<IngestUitkomst, { afhandeling: 'herhaling' }> = {
    afhandeling: 'outreach',
    deadline: plusWerkdagen(vandaag, OUTREACH_WERKDAGEN),
  };
  for (const trajectId of await signalen.trajectenVanPersoon(gemeente, sleutel)) {
    const geladen = await deps.opslag.laad(trajectId);
    if (!geladen || geladen.traject.gemeente !== gemeente) continue;
    if (binnenNazorgVenster(geladen.traject, data.datum)) {
      const besluit = await meldTerugval(deps, {
        trajectId,
        datum: data.datum,
        bron: { soort: 'vroegsignaal', signaalId: metadata.id, partner: data.partner.soort as SignaalPartner },
        correlatieId: metadata.correlationId ?? metadata.id,
      });
      if (besluit.soort !== 'buiten-venster') {
        uitkomst = { afhandeling: 'terugval', trajectId, terugvalId: besluit.id };
        break;
      }
    }
    if (!geladen.traject.afgesloten && !geladen.traject.nazorg) {
      uitkomst = { afhandeling: 'lopend-traject', trajectId };
      break;
    }
  }
  // The signal's own (shorter) retention period, per gemeente, no default: unconfigured, the item does not expire.
  const { signaalMaanden } = deps.bewaring ? await deps.bewaring.termijnen(gemeente) : {};
  const item: OpgeslagenSignaal = {
    ...basis,
    ...(signaalMaanden !== undefined ? { verlooptOp: verlooptOpNa(vandaag, signaalMaanden) } : {}),
    afhandeling: uitkomst.afhandeling,
    ...('trajectId' in uitkomst ? { trajectId: uitkomst.trajectId } : {}),
    ...(uitkomst.afhandeling === 'outreach' ? { deadline: uitkomst.deadline } : {}),
  };
  const nieuw = await signalen.bewaar(item);
  return nieuw ? uitkomst : { afhandeling: 'herhaling' };
}

/** The outreach list as the API shows it: what the consulent needs to reach the person, and the deadline. */
export interface OutreachWeergave {
  id: string;
  ontvangenOp: string;
  deadline: string;
  signaal: Record<string, unknown>;
}

/**
 * Input: the caller's gemeente and rol. Output: the open outreach signals, earliest deadline first.
 */
export async function bekijkOutreach(
  deps: Afhankelijkheden,
  opdracht: { gemeente: string; rol: Rol },
): Promise<OutreachWeergave[]> {
  eisBehandelaar(opdracht.rol, 'ziet de vroegsignalen');
  const lijst = await signalenVan(deps).outreach(opdracht.gemeente, 200);
  return lijst.map((s) => ({
    id: s.id,
    ontvangenOp: s.ontvangenOp,
    deadline: s.deadline ?? s.ontvangenOp,
    signaal: s.signaal,
  }));
}

/**
 * Input: a signal id on the outreach list, the caller. Output: the new case's id.
 *
 * Primary course:
 * 1. Load the signal of the caller's gemeente (another gemeente's signal does not exist for them).
 * 2. Register an aanmelding from the signal's contact details (no retyping); the id follows from the signal, so a
 *    retried request meets the same case. A signal whose outcome was something else is a 409.
 * 3. Record the BSN on the new case (in the case item only) and index its keyed hash, so later signals find it.
 * 4. Record the outcome `aanmelding` on the signal; it leaves the outreach list.
 */
export async function meldAanVanuitSignaal(
  deps: Afhankelijkheden,
  opdracht: { signaalId: string; gemeente: string; rol: Rol; actor: Actor; correlatieId: string },
): Promise<{ trajectId: string }> {
  eisBehandelaar(opdracht.rol, 'meldt een inwoner aan vanuit een vroegsignaal');
  const signalen = signalenVan(deps);
  const s = await signalen.haal(opdracht.gemeente, opdracht.signaalId);
  if (s?.afhandeling !== 'outreach') {
    throw new NietGevondenFout('SIGNAAL_NIET_GEVONDEN', `er is geen vroegsignaal ${opdracht.signaalId} op de lijst`);
  }
  if (s.uitkomst !== undefined && s.uitkomst !== 'aanmelding') {
    throw new ConflictFout('SIGNAAL_AL_AFGEHANDELD', `vroegsignaal ${s.id} is al afgehandeld (${s.uitkomst})`);
  }
  const contact = s.signaal.contact as { naam: string; telefoon?: string; email?: string };
  if (!contact.telefoon && !contact.email) {
    throw new ValidatieFout(
      'SIGNAAL_ONBEREIKBAAR',
      'het vroegsignaal bevat geen telefoon of e-mail om de inwoner te bereiken',
      [{ veld: 'contact', melding: 'geen telefoon of e-mail in het signaal' }],
    );
  }
  const { id } = await registreerAanmelding(deps, {
    verzoek: {
      naam: contact.naam,
      ...(contact.telefoon ? { telefoon: contact.telefoon } : {}),
      ...(contact.email ? { email: contact.email } : {}),
    },
    gemeente: opdracht.gemeente,
    actor: opdracht.actor,
    correlatieId: opdracht.correlatieId,
    idempotencyKey: `vroegsignaal/${s.id}`,
  });
  const persoon = s.signaal.persoon as { bsn?: string };
  if (persoon.bsn)
    await legBsnVast(deps, {
      id,
      gemeente: opdracht.gemeente,
      bsn: persoon.bsn,
      actor: opdracht.actor,
      correlatieId: opdracht.correlatieId,
    });
  if (s.uitkomst === undefined) {
    await signalen.legUitkomstVast(opdracht.gemeente, s.id, 'aanmelding', vandaagInAmsterdam(deps.klok.nu()), {
      trajectId: id,
    });
  }
  return { trajectId: id };
}

/**
 * Input: case id, the BSN, the caller. Output: nothing.
 *
 * Primary course:
 * 1. Hash the BSN with the gemeente's key.
 * 2. Append `bsn-vastgelegd` (the BSN in the case item only); the same BSN again changes nothing, another is a 409.
 * 3. Index the keyed hash for this case, so vroegsignalen for the person find it.
 */
export async function legBsnVast(
  deps: Afhankelijkheden,
  opdracht: { id: string; gemeente: string; bsn: string; actor: Actor; correlatieId: string; rol?: Rol },
): Promise<void> {
  if (opdracht.rol) eisBehandelaar(opdracht.rol, 'legt een BSN vast');
  const sleutel = await deps.pseudoniem.sleutel(opdracht.gemeente, `bsn:${opdracht.bsn}`);
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    if (geladen.traject.bsnSleutel === sleutel) return;
    if (geladen.traject.bsnSleutel !== undefined) {
      throw new ConflictFout('BSN_AL_VASTGELEGD', 'op dit traject is al een ander BSN vastgelegd');
    }
    await legVast(
      deps,
      opdracht.id,
      geladen,
      { type: 'bsn-vastgelegd', data: { bsn: opdracht.bsn, sleutel } },
      {
        actor: opdracht.actor,
        gemeente: opdracht.gemeente,
        correlatieId: opdracht.correlatieId,
      },
    );
  });
  const { traject } = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
  await signalenVan(deps).koppelPersoon(opdracht.gemeente, sleutel, opdracht.id, traject.ontvangenOp);
}

/**
 * Input: a signal id on the outreach list, the outcome of the attempt (contact made, no contact, declined), the caller.
 * Output: nothing.
 *
 * Primary course:
 * 1. Load the signal of the caller's gemeente; the same outcome again changes nothing, another is a 409.
 * 2. Record the outcome; the signal leaves the open list and expires on its own period (no case holds it).
 */
export async function legOutreachUitkomstVast(
  deps: Afhankelijkheden,
  opdracht: { signaalId: string; gemeente: string; rol: Rol; uitkomst: 'contact' | 'geen-contact' | 'geweigerd' },
): Promise<void> {
  eisBehandelaar(opdracht.rol, 'legt de uitkomst van een contactpoging vast');
  const signalen = signalenVan(deps);
  const s = await signalen.haal(opdracht.gemeente, opdracht.signaalId);
  if (s?.afhandeling !== 'outreach') {
    throw new NietGevondenFout('SIGNAAL_NIET_GEVONDEN', `er is geen vroegsignaal ${opdracht.signaalId} op de lijst`);
  }
  if (s.uitkomst === opdracht.uitkomst) return;
  if (s.uitkomst !== undefined) {
    throw new ConflictFout('SIGNAAL_AL_AFGEHANDELD', `vroegsignaal ${s.id} is al afgehandeld (${s.uitkomst})`);
  }
  await signalen.legUitkomstVast(opdracht.gemeente, s.id, opdracht.uitkomst, vandaagInAmsterdam(deps.klok.nu()), {});
}
