// Application layer: the what-if calculators (no case involved, nothing stored).
import { berekenAfloscapaciteit } from '../domain/geld/afloscapaciteit';
import { berekenSaneringskrediet } from '../domain/geld/saneringskrediet';
import type {
  AfloscapaciteitAntwoord,
  SaneringskredietVerzoek,
  SchuldregelingAntwoord,
  SchuldregelingVerzoek,
  VtlbAntwoord,
  VtlbBerekeningVerzoek,
} from '../domain/geld/schemas';
import { berekenSchuldregeling } from '../domain/geld/schuldregeling';
import { berekenVtlb } from '../domain/geld/vtlb';

/**
 * Input: household inputs and income. Output: the VTLB and the afloscapaciteit per month, every line labelled.
 *
 * Primary course:
 * 1. VTLB on the peildatum's norm table (a date without a table is a 400 naming `peildatum`).
 * 2. Afloscapaciteit = income − VTLB per month over the term, never below zero.
 */
export function berekenVtlbEnAfloscapaciteit(v: VtlbBerekeningVerzoek): {
  vtlb: VtlbAntwoord;
  afloscapaciteit: AfloscapaciteitAntwoord;
} {
  const vtlb = berekenVtlb(v);
  const afloscapaciteit = berekenAfloscapaciteit({
    ...v,
    vtlbCent: vtlb.vtlbCent,
    eersteMaand: v.eersteMaand ?? v.peildatum.slice(0, 7),
  });
  return { vtlb, afloscapaciteit };
}

/**
 * Input: either the instalments (`termijnenCent`, e.g. a known afloscapaciteit) or the household inputs, plus the
 * schulden and the kredietbank's rate. Output: the offer per creditor and the credit's repayment schedule; with
 * household inputs, also the VTLB and afloscapaciteit it came from.
 */
export function berekenKrediet(
  v: SaneringskredietVerzoek | SchuldregelingVerzoek,
): Partial<SchuldregelingAntwoord> & Pick<SchuldregelingAntwoord, 'saneringskrediet'> {
  if ('termijnenCent' in v) return { saneringskrediet: berekenSaneringskrediet(v) };
  return berekenSchuldregeling(v);
}
