// Domain layer: public surface of the beschikking module (content of the decision; the PDF lives in adapters/pdf).
export {
  AfwijzingInhoud,
  Begeleidingsplan,
  BeschikkingInhoud,
  Besluit,
  Bezwaarclausule,
  Grondslag,
  Kop,
  Nazorgplan,
  PlanVanAanpak,
  Procesoverzicht,
  ToelatingInhoud,
} from './beschikking-inhoud';
export {
  AfwijzingInvoer,
  BEGELEIDINGSMODULES,
  Begeleidingsmodule,
  BeschikkingInvoer,
  type BeschikkingInvoerInput,
  CONTACTVORMEN,
  Contactvorm,
  STANDAARD_NAZORG_MAANDEN,
  ToelatingInvoer,
} from './beschikking-invoer';
export { datumVoluit } from './datum-voluit';
export { GRONDSLAGEN } from './grondslagen';
export { ONGELDIGE_BESCHIKKING_INVOER, stelBeschikkingOp } from './stel-beschikking-op';
