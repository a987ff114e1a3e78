// Application layer: the use cases of nazorg (Met vertrouwen verder): open the window, check it, close the case at
// its end, and the terugval that opens a personal-contact step.
import { ConflictFout, RegelFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import {
  handelTerugvalAf as beslisAfhandeling,
  controleerNazorg,
  signaleerTerugval,
  startNazorg,
  type TerugvalBesluit,
  terugvallenVan,
} from '../domain/nazorg/nazorg';
import type { TerugvalBron, TerugvalUitkomst } from '../domain/nazorg/nazorg-gebeurtenissen';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadTraject, laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import { registreerAanmelding } from './registreer-aanmelding';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'nazorg' };
/** While a personal contact is still open at the end of the window, check again daily. */
const HERCONTROLE_SECONDEN = 86_400;

/**
 * Input: traject id (workflow input). Output: the last day of the window.
 *
 * Primary course:
 * 1. Load the case; the window starts at the date of its last hand-over to nazorg (`fase-overgedragen`).
 * 2. Append `nazorg-gestart` with the window's last day (six months later, norm `nazorg`); a replay changes nothing.
 */
export async function openNazorg(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ einde: string }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    const overdracht = traject.overdrachten.findLast((o) => o.naar === 'nazorg');
    if (!overdracht)
      throw new RegelFout('GEEN_OVERDRACHT_NAAR_NAZORG', `traject ${traject.id} is niet naar nazorg overgedragen`);
    if (traject.afgesloten) return { einde: traject.nazorg?.einde ?? overdracht.datum };
    const gebeurtenis = startNazorg(traject, overdracht.datum);
    if (gebeurtenis?.type === 'nazorg-gestart') {
      await legVast(deps, traject.id, geladen, gebeurtenis, {
        actor: SYSTEEM,
        gemeente: traject.gemeente,
        correlatieId: opdracht.correlatieId,
      });
      return { einde: gebeurtenis.data.einde };
    }
    return { einde: traject.nazorg?.einde ?? overdracht.datum };
  });
}

/**
 * Input: traject id. Output: the status and the wall seconds to wait before the next check.
 *
 * Primary course:
 * 1. Load the case and check the window against the clock (the end of its last day, Europe/Amsterdam).
 * 2. Still running: wait until then (the local clock caps one wait below Node's timer limit; the next check waits
 *    for the rest, so the end stays exact to the day). A personal contact still open at the end: check daily.
 */
export async function controleerNazorgVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string },
): Promise<{ status: string; einde: string; wachtSeconden: number }> {
  const { traject } = await laadTraject(deps, opdracht.trajectId);
  const nu = deps.klok.nu();
  const c = controleerNazorg(traject, nu);
  const wachtSeconden =
    c.status === 'lopend'
      ? deps.klok.wachtSeconden((c.wachtTot.getTime() - nu.getTime()) / 1000)
      : deps.klok.wachtSeconden(HERCONTROLE_SECONDEN);
  return { status: c.status, einde: c.einde, wachtSeconden };
}

/**
 * Input: traject id. Output: what was done.
 *
 * Primary course:
 * 1. Deregister the person from VISH when the case registered them (once: the history says whether it was sent).
 * 2. Append `nazorg-afgerond` (the nazorg step completed on its last day's successor).
 * 3. Append `traject-afgesloten` with reden `nazorg-afgerond` (DDAS: succesvolle uitstroom).
 */
export async function sluitNazorgAf(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ vishAfgemeld: boolean; afgesloten: boolean }> {
  let vishAfgemeld = false;
  await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    if (traject.afgesloten) return;
    const controle = controleerNazorg(traject, deps.klok.nu());
    if (controle.status !== 'afgelopen') {
      throw new RegelFout('NAZORG_NIET_AFGELOPEN', `de nazorg van traject ${traject.id} is nog niet afgelopen`);
    }
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const context = { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId };
    const geregistreerd = traject.koppelingen.some((k) => k.koppeling === 'vish-registratie');
    const afgemeld = traject.koppelingen.some((k) => k.koppeling === 'vish-afmelding');
    let huidig = geladen;
    if (geregistreerd && !afgemeld) {
      await deps.koppelingen.meld('vish-afmelding', traject.id, traject.gemeente);
      const na = await legVast(
        deps,
        traject.id,
        huidig,
        { type: 'koppeling-gemeld', data: { koppeling: 'vish-afmelding', op: vandaag } },
        context,
      );
      huidig = { ...huidig, traject: na.traject, recent: [...huidig.recent, na.opgeslagen] };
      vishAfgemeld = true;
    }
    if (huidig.traject.nazorg?.afgerondOp === undefined) {
      const na = await legVast(
        deps,
        traject.id,
        huidig,
        { type: 'nazorg-afgerond', data: { datum: vandaag } },
        context,
      );
      huidig = { ...huidig, traject: na.traject, recent: [...huidig.recent, na.opgeslagen] };
    }
    await legVast(
      deps,
      traject.id,
      huidig,
      { type: 'traject-afgesloten', data: { reden: 'nazorg-afgerond', op: vandaag } },
      context,
    );
  });
  return { vishAfgemeld, afgesloten: true };
}

/**
 * Input: a case, the date and the source of a possible terugval (a vroegsignaal, a missed payment).
 * Output: what it meant for this case.
 *
 * Primary course:
 * 1. Load the case and decide: inside the nazorg window a new terugval (or a replay of one), outside nothing.
 * 2. When the personal-contact step had been completed before, forget its completion mark for the workflow.
 * 3. Append `terugval-gesignaleerd`; its bus event starts the terugval workflow (the personal-contact wait).
 */
export async function meldTerugval(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; datum: string; bron: TerugvalBron; correlatieId: string },
): Promise<TerugvalBesluit> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const besluit = signaleerTerugval(geladen.traject, opdracht.datum, opdracht.bron);
    if (besluit.soort !== 'nieuw') return besluit;
    const eerder = geladen.traject.stappen.find((s) => s.stap === 'persoonlijk-contact');
    if (eerder?.voltooidOp !== undefined) await deps.opslag.heropenWachtstap(geladen.traject.id, 'persoonlijk-contact');
    await legVast(deps, geladen.traject.id, geladen, besluit.gebeurtenis, {
      actor: SYSTEEM,
      gemeente: geladen.traject.gemeente,
      correlatieId: opdracht.correlatieId,
    });
    return besluit;
  });
}

/**
 * Input: case id, terugval id, the outcome (contact gemaakt, nieuwe aanmelding, geen actie with a reason), the
 * caller. Output: the outcome as recorded and, for a nieuwe aanmelding, the new case's id.
 *
 * Primary course:
 * 1. Only a consulent or teamleider records it; another gemeente's case does not exist for them.
 * 2. A nieuwe aanmelding starts a new case from this case's contact details (no retyping; the id follows from the
 *    case and the terugval, so a retried request meets the same new case).
 * 3. Append `terugval-afgehandeld` (a replay with the same outcome changes nothing; a different one is a 409).
 * 4. When no terugval is open any more, the personal-contact step is completed: resume its workflow.
 */
export async function legTerugvalUitkomstVast(
  deps: Afhankelijkheden,
  opdracht: {
    id: string;
    terugvalId: string;
    gemeente: string;
    rol: Rol;
    actor: Actor;
    correlatieId: string;
    uitkomst: TerugvalUitkomst;
    reden?: string;
  },
): Promise<{ uitkomst: TerugvalUitkomst; nieuwTrajectId?: string }> {
  eisBehandelaar(opdracht.rol, 'legt de uitkomst van een terugval vast');
  const eerst = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
  let nieuwTrajectId: string | undefined;
  const bestaand = terugvallenVan(eerst.traject).find((t) => t.id === opdracht.terugvalId);
  if (bestaand?.uitkomst !== undefined && bestaand.uitkomst !== opdracht.uitkomst) {
    throw new ConflictFout(
      'TERUGVAL_AL_AFGEHANDELD',
      `terugval ${bestaand.id} is al afgehandeld op ${bestaand.afgehandeldOp}`,
    );
  }
  if (opdracht.uitkomst === 'nieuwe-aanmelding' && bestaand) {
    const { aanvrager } = eerst.traject;
    const { id } = await registreerAanmelding(deps, {
      verzoek: {
        naam: aanvrager.naam,
        ...(aanvrager.telefoon ? { telefoon: aanvrager.telefoon } : {}),
        ...(aanvrager.email ? { email: aanvrager.email } : {}),
      },
      gemeente: opdracht.gemeente,
      actor: opdracht.actor,
      correlatieId: opdracht.correlatieId,
      idempotencyKey: `terugval/${opdracht.id}/${opdracht.terugvalId}`,
    });
    nieuwTrajectId = id;
  }
  const na = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const gebeurtenis = beslisAfhandeling(
      geladen.traject,
      {
        id: opdracht.terugvalId,
        uitkomst: opdracht.uitkomst,
        ...(opdracht.reden ? { reden: opdracht.reden } : {}),
        ...(nieuwTrajectId ? { nieuwTrajectId } : {}),
      },
      vandaag,
    );
    if (!gebeurtenis) return geladen.traject;
    return (
      await legVast(deps, opdracht.id, geladen, gebeurtenis, {
        actor: opdracht.actor,
        gemeente: opdracht.gemeente,
        correlatieId: opdracht.correlatieId,
      })
    ).traject;
  });
  const stap = na.stappen.find((s) => s.stap === 'persoonlijk-contact');
  if (stap?.voltooidOp !== undefined) await hervatStap(deps, opdracht.id, opdracht.gemeente, 'persoonlijk-contact');
  return { uitkomst: opdracht.uitkomst, ...(nieuwTrajectId ? { nieuwTrajectId } : {}) };
}
