// Domain core: the doorlooptijd norms per process step — public surface of the normen module.
// A Lambda that only computes deadlines should import './deadline' directly: that path carries no zod.
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
export {
  berekenDeadline,
  type DeadlineInvoer,
  type DeadlineUitkomst,
  type Opschorting,
  type Verlenging,
} from './deadline';
export { NormFout, type NormFoutCode } from './norm-fout';
export { STANDAARD_CATALOGUS } from './standaard-catalogus';
