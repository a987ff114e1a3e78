// Domain core: triage of the intake with a versioned screening instrument — public surface of the triage module.
export {
  bepaalTriage,
  leesFeiten,
  TRIAGE_DREMPELS,
  TRIAGE_REGELS,
  type TriageFeiten,
  type TriageRegel,
} from './bepaal-triage';
export {
  AanbodItem,
  aanbodVoorDoelgroepen,
  Contact,
  Doelgroep,
  DoelgroepAanbod,
  DoelgroepCode,
  DoelgroepConfig,
  DoelgroepKenmerk,
  detecteerDoelgroepen,
  doelgroepConfigVoorGemeente,
  GemeenteDoelgroepConfig,
  JONGERE_LEEFTIJD,
  type PlanAanvulling,
} from './doelgroepen';
export {
  SCHULDHULP_SCREENING,
  STANDAARD_INSTRUMENTEN,
  VRAAG,
  valideerInstrument,
  zoekInstrument,
} from './instrument';
export {
  type Antwoorden,
  Antwoordwaarde,
  Domein,
  Instrument,
  InstrumentRef,
  IntakeAntwoordenVerzoek,
  Optie,
  Vraag,
  VraagType,
} from './instrument-schema';
export { STANDAARD_DOELGROEP_CONFIG } from './standaard-doelgroep-config';
export { DoorverwijzingNaar, Reden, Route, TriageUitkomst } from './triage-uitkomst';
export { type GevalideerdeAntwoorden, valideerAntwoorden, valideerAntwoordenTegen } from './valideer-antwoorden';
