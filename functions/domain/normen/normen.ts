// Domain core: the doorlooptijd norms per process step — public surface of the normen module.
// A Lambda that only computes deadlines should import './deadline' directly: that path carries no zod and none of the
// norms' texts (normteksten.ts).
import { berekenDeadline as berekenTermijnen, type DeadlineInvoer } from './deadline';
import { type DeadlineUitkomstMetTekst, metNormbron, metNormtekst } from './normteksten';

export { type GeldendeNorm, normVoor, vergelijkTermijn } from './catalogus';
export {
  CatalogusVersie,
  Eenheid,
  GemeenteNorm,
  NormCatalogus,
  NormDefinitie,
  registreerGemeenteNorm,
  StapNaam,
  StartGebeurtenis,
  Termijn,
  Variant,
  valideerCatalogus,
} from './catalogus-schema';
export type { DeadlineInvoer, Opschorting, Verlenging } from './deadline';
export { NormFout, type NormFoutCode } from './norm-fout';
export {
  type DeadlineUitkomstMetTekst as DeadlineUitkomst,
  NORMBRONNEN,
  NORMTEKSTEN,
  type Normbronnen,
  type Normtekst,
  normbronVan,
  normtekstVan,
} from './normteksten';
export { STANDAARD_CATALOGUS } from './standaard-catalogus';

/** The deadline of one step (deadline.ts) with its norm's description and source, and messages that quote it. */
export function berekenDeadline(input: DeadlineInvoer): DeadlineUitkomstMetTekst {
  try {
    return metNormtekst(berekenTermijnen(input));
  } catch (e) {
    throw metNormbron(e);
  }
}
