// Domain core: the numbers of the built-in norm catalogue (DESIGN.md §3.1), every number next to the rule it comes
// from. Their texts (each norm's omschrijving and the `bron` of its term, service norm, opschorting and verlenging)
// are in normteksten.ts under the same norm id: the fold and every deadline check load these numbers, not that prose.
import type { CatalogusVersie, Eenheid, NormCatalogus, NormDefinitie, Termijn } from './catalogus-schema';

/** `weken(4)` for `{ termijn: 4, eenheid: 'weken' }`: shorter to read, and to bundle. */
const eenheid =
  (e: Eenheid) =>
  (termijn: number): Termijn => ({ termijn, eenheid: e });
const kalenderdagen = /* @__PURE__ */ eenheid('kalenderdagen');
const werkdagen = /* @__PURE__ */ eenheid('werkdagen');
const weken = /* @__PURE__ */ eenheid('weken');
const maanden = /* @__PURE__ */ eenheid('maanden');

const GEEN_OPSCHORTING = { toegestaan: false } as const;
const GEEN_VERLENGING = { toegestaan: false } as const;

const normen: NormDefinitie[] = /* @__PURE__ */ (() => [
  {
    stap: 'eerste-gesprek',
    variant: 'standaard',
    startgebeurtenis: 'aanmelding',
    soort: 'wettelijk',
    // Wgs art. 4 lid 1: eerste gesprek binnen vier weken na de melding van de hulpvraag (clock starts at the
    // hulpvraag, not at receipt of documents).
    termijn: weken(4),
    eindeVolgensAtw: true,
    // Service norm: our choice, 2 weeks; NVVK members averaged 11 days to a first appointment (2019–2022).
    servicenorm: weken(2),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'eerste-gesprek',
    variant: 'crisis',
    startgebeurtenis: 'aanmelding',
    soort: 'wettelijk',
    // Wgs art. 4 lid 2: binnen drie werkdagen bij een bedreigende situatie. Counted in werkdagen (Atw art. 3
    // feestdagen excluded), so the end is always a werkdag and Atw art. 1 never moves it.
    termijn: werkdagen(3),
    eindeVolgensAtw: true,
    servicenorm: werkdagen(3),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'intake',
    variant: 'standaard',
    startgebeurtenis: 'eerste-gesprek',
    soort: 'servicenorm',
    // No legal basis: the gemeente's own planning norm between eerste gesprek and beschikking. Default 2 weeks.
    termijn: weken(2),
    eindeVolgensAtw: false,
    servicenorm: weken(2),
    termijnPerGemeente: true,
    // Our choice: waiting for the hulpvrager's documents pauses the service norm, as Awb 4:15 does for the beschikking.
    opschorting: { toegestaan: true },
    verlenging: { toegestaan: true, maximum: weken(2) },
  },
  {
    stap: 'beschikking',
    variant: 'standaard',
    startgebeurtenis: 'eerste-gesprek',
    soort: 'wettelijk',
    // Wgs art. 4a (beslissing over toegang en plan van aanpak na het eerste gesprek); a gemeente may set its own
    // beslistermijn by verordening, so `termijnPerGemeente`. Awb 4:13 lid 2 (redelijke termijn, max 8 weken)
    // gives the same 8 weeks where no verordening applies.
    termijn: weken(8),
    eindeVolgensAtw: true,
    servicenorm: weken(8),
    termijnPerGemeente: true,
    // Awb 4:15 lid 1 sub a: opgeschort zolang de aanvrager de aanvraag aanvult; lid 2 sub a: met instemming uitstel.
    opschorting: { toegestaan: true },
    // Awb 4:14 lid 1 only obliges the bestuursorgaan to announce a later date; the statutory term still lapses
    // (Awb 4:17 dwangsom), so a verlenging is not a legal extension here.
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'vaststelling',
    variant: 'standaard',
    startgebeurtenis: 'beschikking-concept-gereed',
    soort: 'servicenorm',
    // Internal four-eyes approval of the beschikking; 5 werkdagen is our default, configurable.
    termijn: werkdagen(5),
    eindeVolgensAtw: false,
    servicenorm: werkdagen(5),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'betaalvoorstel',
    variant: 'standaard',
    startgebeurtenis: 'beschikking-vastgesteld',
    soort: 'servicenorm',
    // No published norm. Our default: the 4 months of stabilisatie (NVVK Kennisgeving) plus two for the saldoverzoeken
    // and their answers (10 werkdagen, Schuldenknooppunt procesafspraken), so the 120 days to the akkoord (NVVK Module
    // Schuldregeling) can still hold. Configurable per gemeente; extendable as far as the stabilisatie is.
    termijn: maanden(6),
    eindeVolgensAtw: false,
    servicenorm: maanden(6),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: { toegestaan: true, maximum: maanden(4) },
  },
  {
    stap: 'schuldeiser-reactie',
    variant: 'standaard',
    startgebeurtenis: 'bericht-verzonden',
    soort: 'afspraak',
    // Schuldenknooppunt procesafspraken (SHV en SE): reactie op saldoverzoek, betaalvoorstel of heroverweging binnen
    // 10 werkdagen. An agreement, not a law: Atw art. 1 does not apply, but a werkdagen term ends on a werkdag anyway.
    termijn: werkdagen(10),
    eindeVolgensAtw: false,
    servicenorm: werkdagen(10),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'schuldregeling-akkoord',
    variant: 'standaard',
    startgebeurtenis: 'saldoverzoeken-verzonden',
    soort: 'afspraak',
    // NVVK Module Schuldregeling: at most 120 days from the saldoverzoeken to the akkoord. The readable copy
    // predates July 2023, hence configurable. A professional norm: not moved by the Atw.
    termijn: kalenderdagen(120),
    eindeVolgensAtw: false,
    servicenorm: kalenderdagen(120),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'stabilisatie',
    variant: 'standaard',
    startgebeurtenis: 'kennisgeving-verzonden',
    soort: 'afspraak',
    // NVVK Kennisgeving and convenanten with creditors: a pause of 4 to 8 months.
    termijn: maanden(4),
    eindeVolgensAtw: false,
    servicenorm: maanden(4),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: { toegestaan: true, maximum: maanden(4) },
  },
  {
    stap: 'moratorium',
    variant: 'standaard',
    startgebeurtenis: 'moratorium-ingegaan',
    soort: 'wettelijk',
    // Wgs art. 5 and Fw art. 287b: the voorziening lasts at most six months. This is the maximum duration of a
    // measure, not a term within which someone must act, so Atw art. 1 is NOT applied: moving the end to the next
    // werkdag would extend the stay beyond the maximum the court can grant.
    termijn: maanden(6),
    eindeVolgensAtw: false,
    servicenorm: maanden(6),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'bezwaar',
    variant: 'standaard',
    startgebeurtenis: 'beschikking-bekendgemaakt',
    soort: 'wettelijk',
    // Awb 6:7 (zes weken) with Awb 6:8 lid 1 (vanaf de dag na bekendmaking); Atw art. 1 applies to the end.
    termijn: weken(6),
    eindeVolgensAtw: true,
    servicenorm: weken(6),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'nazorg',
    variant: 'standaard',
    startgebeurtenis: 'traject-beeindigd',
    soort: 'afspraak',
    // Basisdienstverlening schuldhulpverlening (seed): nazorg for 6 months after the traject ends. Not a law.
    termijn: maanden(6),
    eindeVolgensAtw: false,
    servicenorm: maanden(6),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'bezwaar-beslissing',
    variant: 'standaard',
    startgebeurtenis: 'bezwaartermijn-verstreken',
    soort: 'wettelijk',
    // Awb 7:10 lid 1: zes weken (twaalf met een adviescommissie, Awb 7:13), gerekend vanaf de dag na die waarop de
    // bezwaartermijn is verstreken. A gemeente with a commissie has 12 weeks: that is not yet configurable here, so
    // such a gemeente uses the verdaging. Atw art. 1 applies to the end.
    termijn: weken(6),
    eindeVolgensAtw: true,
    servicenorm: weken(6),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    // Awb 7:10 lid 3: verdaging met ten hoogste zes weken.
    verlenging: { toegestaan: true, maximum: weken(6) },
  },
  {
    stap: 'begeleiding',
    variant: 'standaard',
    startgebeurtenis: 'begeleiding-gestart',
    soort: 'servicenorm',
    // No legal norm: the plan van aanpak sets the end per module (Wgs art. 4a lid 1: the ondersteuning in the plan).
    // Until the consulent plans the modules, 3 months is our default to have them planned or the begeleiding ended.
    termijn: maanden(3),
    eindeVolgensAtw: false,
    servicenorm: maanden(3),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'doorverwijzing',
    variant: 'standaard',
    startgebeurtenis: 'doorverwijzing-overgedragen',
    soort: 'servicenorm',
    // No legal norm: Wgs art. 4a asks the plan to name the organisations referred to; whether the person is helped
    // there is the basisdienstverlening's "warme overdracht". 4 weeks is our default, configurable.
    termijn: weken(4),
    eindeVolgensAtw: false,
    servicenorm: weken(4),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: { toegestaan: true, maximum: weken(4) },
  },
  {
    stap: 'persoonlijk-contact',
    variant: 'standaard',
    startgebeurtenis: 'terugval-gesignaleerd',
    soort: 'servicenorm',
    // The basisdienstverlening asks for personal contact on every terugval but sets no term, and neither the Wgs
    // (art. 3a) nor the Besluit does for the gemeente's reaction to a signal. So a servicenorm WITHOUT a legal basis:
    // the default of 5 werkdagen is our choice, mirroring the 3 werkdagen of Wgs art. 4 lid 2 for threatening
    // situations loosely; each gemeente sets its own (termijnPerGemeente).
    termijn: werkdagen(5),
    eindeVolgensAtw: false,
    servicenorm: werkdagen(5),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'wsnp',
    variant: 'standaard',
    startgebeurtenis: 'wsnp-uitgesproken',
    soort: 'wettelijk',
    // Fw art. 349a lid 1 as amended by Stb. 2023, 87 (in force 1 July 2023): the term is 18 months. The court may
    // extend it; DESIGN §3.1: at most 3.5 years in total, so at most 24 months of extension. A duration, not a term
    // to act within: Atw art. 1 is not applied (as for the moratorium).
    termijn: maanden(18),
    eindeVolgensAtw: false,
    servicenorm: maanden(18),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: { toegestaan: true, maximum: maanden(24) },
  },
  {
    stap: 'schuldregeling',
    variant: 'standaard',
    startgebeurtenis: 'akkoord-schuldregeling',
    soort: 'afspraak',
    // NVVK (13 July 2023): since 1 July 2023 the term of the minnelijke regeling is 18 months, as the WSNP's (Fw art.
    // 349a lid 1, Stb. 2023, 87); DESIGN §3.1. A duration, not a term to act within: Atw art. 1 is not applied.
    termijn: maanden(18),
    eindeVolgensAtw: false,
    servicenorm: maanden(18),
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'regeling-betaling',
    variant: 'standaard',
    startgebeurtenis: 'vervaldag-betaling',
    soort: 'servicenorm',
    // No source sets how long after the vervaldag a payment counts as missed: configuration. Default 14 days, our
    // choice (about two weeks for a salary or benefit that comes late); each gemeente sets its own.
    termijn: kalenderdagen(14),
    eindeVolgensAtw: false,
    servicenorm: kalenderdagen(14),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: GEEN_VERLENGING,
  },
  {
    stap: 'regeling-evaluatie',
    variant: 'standaard',
    startgebeurtenis: 'evaluatiemoment',
    soort: 'servicenorm',
    // Neither the Wgs nor a readable NVVK text sets an evaluation term during the regeling: configuration. Default 4
    // weeks from the evaluation moment, our choice.
    termijn: weken(4),
    eindeVolgensAtw: false,
    servicenorm: weken(4),
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING,
    verlenging: { toegestaan: true, maximum: weken(4) },
  },
])();

/** Version 2021.1: the Wgs as amended with effect from 1 January 2021 (art. 4 and 4a). */
const versie2021: CatalogusVersie = { versie: '2021.1', geldigVanaf: '2021-01-01', normen };

/** The default catalogue; gemeenten add their stricter norms with `registreerGemeenteNorm`. */
export const STANDAARD_CATALOGUS: NormCatalogus = { versies: [versie2021], gemeenteNormen: [] };
