// Domain core: the Dutch legal calendar (Algemene termijnenwet) — public surface of the kalender module.
export { eindeVanDagInAmsterdam, vandaagInAmsterdam } from './amsterdam';
export { EERSTE_JAAR, type Feestdag, feestdagen, isFeestdag, LAATSTE_JAAR } from './feestdagen';
export {
  dagenInMaand,
  dagnummer,
  IsoDate,
  isIsoDate,
  isSchrikkeljaar,
  isWeekend,
  laatste,
  maakIsoDate,
  ontleed,
  plusKalenderdagen,
  plusMaanden,
  plusWeken,
  vanDagnummer,
  verschilInDagen,
  vroegste,
  weekdag,
} from './iso-datum';
export { paasdatum } from './pasen';
export { isWerkdag, plusWerkdagen, volgendeWerkdagAtw, werkdagenTussen } from './werkdagen';
