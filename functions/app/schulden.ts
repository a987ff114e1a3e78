// Application layer: use cases "registreer een schuld", "bekijk de schulden" and "leg de keuze dwangakkoord of WSNP
// vast" (Plaatje compleet).
import type { KeuzeVerzoek, SchuldenAntwoord, SchuldVerzoek } from '../contracts/schulden-api';
import { ConflictFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { registreerSchuld, type SchuldenStaat, statusVan } from '../domain/schulden/schulden';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap, wekWachtenden } from './behandelaar';
import { laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

interface Opdracht {
  id: string;
  gemeente: string;
  rol: Rol;
  actor: Actor;
  correlatieId: string;
}

/**
 * Input: traject id, one claim (creditor, reference, category, preferent/concurrent, convenant, deurwaarder, amount).
 * Output: the case's schulden.
 *
 * Primary course:
 * 1. Load the case of the caller's gemeente.
 * 2. Decide: a new creditor gets the next number; the same claim again changes nothing; different data for a
 *    creditor already on the case is a 409; after the betaalvoorstel went out the claims are fixed (409).
 * 3. Append `schuld-geregistreerd` through `legVast` and answer with the schulden.
 * 4. Resume the case's waiting workflow, which sends a saldoverzoek to a claim registered after the first ones.
 */
export async function registreerSchuldOpTraject(
  deps: Afhankelijkheden,
  opdracht: Opdracht,
  verzoek: SchuldVerzoek,
): Promise<{ nieuw: boolean; schulden: SchuldenAntwoord }> {
  eisBehandelaar(opdracht.rol, 'registreert een schuld');
  const uitkomst = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const gebeurtenis = registreerSchuld(geladen.traject.schulden, {
      schuldeiserId: verzoek.schuldeiserId,
      naam: verzoek.naam,
      referentie: verzoek.referentie,
      categorie: verzoek.categorie,
      soort: verzoek.soort,
      lokaleOverheid: verzoek.lokaleOverheid,
      deurwaarder: verzoek.deurwaarder,
      bedragCent: verzoek.bedragCent,
      bekendOp: verzoek.bekendOp ?? vandaagInAmsterdam(deps.klok.nu()),
    });
    if (!gebeurtenis) return { nieuw: false, schulden: schuldenWeergave(geladen.traject) };
    const { traject } = await legVast(deps, opdracht.id, geladen, gebeurtenis, opdracht);
    return { nieuw: true, schulden: schuldenWeergave(traject) };
  });
  // 4. Wake the stabilisatie's wait (only that one), so the Plaatje compleet workflow sends this creditor its
  //    saldoverzoek now.
  if (uitkomst.nieuw) {
    await wekWachtenden(deps, opdracht.id, 'TermijnGewijzigd', ['betaalvoorstel']);
  }
  return uitkomst;
}

/** Input: traject id. Output: every claim with its latest answer, its deadline and its status. */
export async function bekijkSchulden(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  opdracht: Pick<Opdracht, 'id' | 'gemeente' | 'rol'>,
): Promise<SchuldenAntwoord> {
  eisBehandelaar(opdracht.rol, 'ziet de schulden');
  const { traject } = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
  return schuldenWeergave(traject);
}

function schuldenWeergave(traject: {
  schulden?: SchuldenStaat | undefined;
  betaalvoorstel?: { voorstellen: { schuldeiserId: string; aanbodCent: number }[] };
}): SchuldenAntwoord {
  const staat = traject.schulden;
  const schulden = (staat?.schulden ?? []).map((s) => ({
    nr: s.nr,
    schuldeiserId: s.schuldeiserId,
    naam: s.naam,
    referentie: s.referentie,
    categorie: s.categorie,
    soort: s.soort,
    lokaleOverheid: s.lokaleOverheid,
    deurwaarder: s.deurwaarder,
    bedragCent: s.bedragCent,
    bekendOp: s.bekendOp,
    saldoCent: s.saldoCent ?? null,
    aanbodCent:
      traject.betaalvoorstel?.voorstellen.find((v) => v.schuldeiserId === s.schuldeiserId)?.aanbodCent ?? null,
    status: statusVan(s),
    ronde: s.ronde
      ? {
          ronde: s.ronde.ronde,
          verzondenOp: s.ronde.verzondenOp,
          deadline: s.ronde.deadline,
          herinnerd: s.ronde.herinnerd,
        }
      : null,
    laatsteAntwoord: s.laatsteAntwoord
      ? {
          soort: s.laatsteAntwoord.soort,
          op: s.laatsteAntwoord.op,
          ...(s.laatsteAntwoord.reden !== undefined ? { reden: s.laatsteAntwoord.reden } : {}),
        }
      : null,
    termijnen: s.termijnen,
  }));
  return {
    schulden,
    totaalBekendCent: schulden.reduce((t, s) => t + (s.saldoCent ?? s.bedragCent), 0),
    saldoverzoekenOp: staat?.saldoverzoekenOp ?? null,
    uitkomst: staat?.uitkomst ?? null,
    keuze: staat?.keuze ?? null,
  };
}

/**
 * Input: traject id, the choice (dwangakkoord or WSNP) with its motivation. Output: the schulden.
 *
 * Primary course:
 * 1. Load the case; the offer must have ended in a refusal that stands (409 otherwise).
 * 2. Append `dwangakkoord-wsnp-keuze` with the refusing creditors (their claims and offers are in the case, which
 *    is what the court request needs: art. 287a Fw); the same choice again changes nothing, another is a 409.
 * 3. Hand over to the WSNP begeleiding phase: append `fase-overgedragen` with `naar: 'wsnp'` (once), and resume
 *    the akkoord term's wait, whose step is now complete.
 */
export async function legKeuzeVast(
  deps: Afhankelijkheden,
  opdracht: Opdracht,
  verzoek: KeuzeVerzoek,
): Promise<SchuldenAntwoord> {
  eisBehandelaar(opdracht.rol, 'kiest tussen dwangakkoord en WSNP');
  const traject = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const staat = geladen.traject.schulden;
    if (staat?.uitkomst?.uitkomst !== 'afgewezen') {
      throw new ConflictFout(
        'GEEN_AFWIJZING',
        'er is (nog) geen afwijzing die na heroverweging blijft staan: een keuze voor dwangakkoord of WSNP kan nog niet',
      );
    }
    if (staat.keuze) {
      if (staat.keuze.keuze === verzoek.keuze && staat.keuze.motivering === verzoek.motivering) return geladen.traject;
      throw new ConflictFout(
        'KEUZE_VASTGELEGD',
        `de keuze is al vastgelegd: ${staat.keuze.keuze} op ${staat.keuze.op}`,
      );
    }
    const { traject } = await legVast(
      deps,
      opdracht.id,
      geladen,
      {
        type: 'dwangakkoord-wsnp-keuze',
        data: {
          keuze: verzoek.keuze,
          op: verzoek.datum ?? vandaagInAmsterdam(deps.klok.nu()),
          motivering: verzoek.motivering,
          weigeraars: staat.uitkomst.weigeraars,
        },
      },
      opdracht,
    );
    return traject;
  });
  const na = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const keuze = geladen.traject.schulden?.keuze;
    if (!keuze || geladen.traject.overdrachten.some((o) => o.naar === 'wsnp')) return geladen.traject;
    const { traject: t } = await legVast(
      deps,
      opdracht.id,
      geladen,
      {
        type: 'fase-overgedragen',
        data: {
          naar: 'wsnp',
          datum: keuze.op,
          aanleiding:
            keuze.keuze === 'dwangakkoord'
              ? 'verzoek dwangakkoord (art. 287a Fw) met WSNP-verzoek na een afwijzing die blijft staan'
              : 'WSNP-verzoek na een afwijzing die blijft staan',
        },
      },
      opdracht,
    );
    return t;
  });
  await hervatStap(deps, opdracht.id, opdracht.gemeente, 'schuldregeling-akkoord');
  return schuldenWeergave(na ?? traject);
}
