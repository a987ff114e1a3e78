// Domain layer: the whole money calculation for one household: VTLB → afloscapaciteit → saneringskrediet and offer per creditor.
import { type AfloscapaciteitUitkomst, berekenAfloscapaciteit, type VakantiegeldVerwerking } from './afloscapaciteit';
import { normtabelOp } from './normbedragen';
import { berekenSaneringskrediet, type SaneringskredietUitkomst } from './saneringskrediet';
import type { Schuld } from './verdeling';
import { berekenVtlb, type VtlbInvoer, type VtlbUitkomst } from './vtlb';

export interface SchuldregelingInvoer extends VtlbInvoer {
  /** Net income per month without vakantiegeld, eindejaarsuitkering, toeslagen, kinderbijslag, kindgebonden budget. */
  inkomenCent: number;
  vakantiegeldPerJaarCent?: number;
  eindejaarsuitkeringPerJaarCent?: number;
  vakantiegeldMaand?: number;
  eindejaarsuitkeringMaand?: number;
  vakantiegeldVerwerking?: VakantiegeldVerwerking;
  /** `YYYY-MM`; default the month of the peildatum. */
  eersteMaand?: string;
  looptijdMaanden?: number;
  schulden: readonly Schuld[];
  jaarrenteBasispunten: number;
  preferentFactor?: number;
}

export interface SchuldregelingUitkomst {
  vtlb: VtlbUitkomst;
  afloscapaciteit: AfloscapaciteitUitkomst;
  saneringskrediet: SaneringskredietUitkomst;
}

/**
 * Input: household, peildatum, income, corrections, schulden, the kredietbank's rate.
 * Output: the three calculations, each with its lines.
 *
 * Primary course:
 * 1. VTLB on the peildatum's norms (error when no norm table covers it).
 * 2. Afloscapaciteit per month over the term, with the VTLB kept fixed.
 * 3. Saneringskrediet from those instalments, split over the creditors, with its repayment schedule.
 */
export function berekenSchuldregeling(invoer: SchuldregelingInvoer): SchuldregelingUitkomst {
  normtabelOp(invoer.peildatum);
  const vtlb = berekenVtlb(invoer);
  const afloscapaciteit = berekenAfloscapaciteit({
    vtlbCent: vtlb.vtlbCent,
    inkomenCent: invoer.inkomenCent,
    vakantiegeldPerJaarCent: invoer.vakantiegeldPerJaarCent,
    eindejaarsuitkeringPerJaarCent: invoer.eindejaarsuitkeringPerJaarCent,
    vakantiegeldMaand: invoer.vakantiegeldMaand,
    eindejaarsuitkeringMaand: invoer.eindejaarsuitkeringMaand,
    vakantiegeldVerwerking: invoer.vakantiegeldVerwerking,
    eersteMaand: invoer.eersteMaand ?? invoer.peildatum.slice(0, 7),
    looptijdMaanden: invoer.looptijdMaanden,
  });
  const saneringskrediet = berekenSaneringskrediet({
    termijnenCent: afloscapaciteit.maanden.map((m) => m.afloscapaciteitCent),
    jaarrenteBasispunten: invoer.jaarrenteBasispunten,
    schulden: invoer.schulden,
    preferentFactor: invoer.preferentFactor,
  });
  return { vtlb, afloscapaciteit, saneringskrediet };
}
