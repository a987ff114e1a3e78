// Application layer: Task Krediet of the Plaatje compleet workflow: the betaalvoorstel from the berekening in the store.
import { ConflictFout, RegelFout } from '../domain/fouten';
import { normtabelOp } from '../domain/geld/normbedragen';
import { SchuldregelingVerzoek } from '../domain/geld/schemas';
import { berekenSchuldregeling } from '../domain/geld/schuldregeling';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Betaalvoorstel } from '../domain/traject/gebeurtenissen';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import '../domain/zod-meldingen';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'workflow' };

/** What the Task answers: counts and ids, never an amount (the execution is visible in the console). */
export type KredietResultaat = {
  berekening: number;
  schuldeisers: number;
  looptijdMaanden: number;
};

const resultaat = (b: Betaalvoorstel): KredietResultaat => ({
  berekening: b.berekening,
  schuldeisers: b.voorstellen.length,
  looptijdMaanden: b.looptijdMaanden,
});

/**
 * Input: the case id only. Output: which berekening the offer came from and how many creditors it has.
 *
 * Primary course:
 * 1. Load the case; take its latest recorded berekening (the one that completed the betaalvoorstel step).
 * 2. Recompute it from its stored inputs. It must come out as it was recorded (same norm table, same VTLB, capacity,
 *    credit and offer): a corrected norm or rule since then needs a new berekening by the consulent, never a silent
 *    change of what the consulent saw.
 * 3. Append `betaalvoorstel-opgesteld`: per creditor the claim, the offer and the percentage, the credit and its
 *    repayment schedule. A retry after the append finds it and changes nothing.
 */
export async function stelBetaalvoorstelOp(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<KredietResultaat> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    const volgnummer = traject.laatsteBerekening;
    if (volgnummer === undefined) {
      throw new ConflictFout('GEEN_BEREKENING', `traject ${traject.id} heeft nog geen vastgelegde berekening`);
    }
    if (traject.betaalvoorstel?.berekening === volgnummer) return resultaat(traject.betaalvoorstel);
    const vastgelegd = (await deps.opslag.gebeurtenis(traject.id, volgnummer))?.gebeurtenis.gebeurtenis;
    if (vastgelegd?.type !== 'berekening-vastgelegd') {
      throw new Error(`traject ${traject.id}: event ${volgnummer} is not a berekening`);
    }
    const invoer = SchuldregelingVerzoek.safeParse(vastgelegd.data.invoer);
    if (!invoer.success) {
      throw new RegelFout(
        'BEREKENING_ONGELDIG',
        `de berekening ${volgnummer} van traject ${traject.id} is niet meer geldig: ${invoer.error.issues.map((i) => i.path.join('.')).join(', ')}`,
      );
    }
    const uitkomst = berekenSchuldregeling(invoer.data);
    const k = uitkomst.saneringskrediet;
    const nu = {
      vtlbCent: uitkomst.vtlb.vtlbCent,
      afloscapaciteitTotaalCent: uitkomst.afloscapaciteit.totaalCent,
      kredietCent: k.kredietCent,
      aanbodCent: k.verdeling.aanbodCent,
    };
    const toen = vastgelegd.data.samenvatting;
    const anders = (Object.keys(nu) as (keyof typeof nu)[]).filter((veld) => nu[veld] !== toen[veld]);
    if (anders.length > 0 || normtabelOp(invoer.data.peildatum).geldigVanaf !== vastgelegd.data.normtabel.geldigVanaf) {
      throw new RegelFout(
        'BEREKENING_GEWIJZIGD',
        `de berekening ${volgnummer} van traject ${traject.id} komt nu anders uit (${anders.join(', ') || 'normtabel'}), door een gecorrigeerde norm of rekenregel: leg een nieuwe berekening vast`,
      );
    }
    const betaalvoorstel: Betaalvoorstel = {
      berekening: volgnummer,
      datum: vandaagInAmsterdam(deps.klok.nu()),
      normtabel: vastgelegd.data.normtabel,
      looptijdMaanden: k.looptijdMaanden,
      jaarrenteBasispunten: k.jaarrenteBasispunten,
      totaalSchuldCent: k.verdeling.totaalSchuldCent,
      aanbodCent: k.verdeling.aanbodCent,
      kredietCent: k.kredietCent,
      percentageConcurrent: k.verdeling.percentageConcurrent,
      percentagePreferent: k.verdeling.percentagePreferent,
      voorstellen: k.verdeling.aandelen.map((a) => ({
        schuldeiserId: a.schuldeiserId,
        naam: a.naam,
        soort: a.soort,
        lokaleOverheid: a.lokaleOverheid,
        bedragCent: a.bedragCent,
        aanbodCent: a.aanbodCent,
        percentage: a.percentage,
      })),
      aflosschema: k.aflosschema,
    };
    await legVast(
      deps,
      traject.id,
      geladen,
      { type: 'betaalvoorstel-opgesteld', data: betaalvoorstel },
      { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId },
    );
    return resultaat(betaalvoorstel);
  });
}
