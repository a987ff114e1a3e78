// Domain core: the built-in norm catalogue (DESIGN.md §3.1), every number next to its source.
import type { CatalogusVersie, NormCatalogus, NormDefinitie } from './catalogus-schema';

const GEEN_OPSCHORTING = (bron: string) => ({ toegestaan: false, bron }) as const;
const GEEN_VERLENGING = (bron: string) => ({ toegestaan: false, bron }) as const;

const normen: NormDefinitie[] = [
  {
    stap: 'eerste-gesprek',
    variant: 'standaard',
    omschrijving: 'Eerste gesprek binnen 4 weken na de melding van de hulpvraag (vormvrij, ook mondeling)',
    startgebeurtenis: 'aanmelding',
    soort: 'wettelijk',
    // Wgs art. 4 lid 1: eerste gesprek binnen vier weken na de melding van de hulpvraag (clock starts at the
    // hulpvraag, not at receipt of documents).
    termijn: { termijn: 4, eenheid: 'weken', bron: 'Wgs art. 4 lid 1' },
    eindeVolgensAtw: true,
    // Service norm: our choice, 2 weeks; NVVK members averaged 11 days to a first appointment (2019–2022).
    servicenorm: { termijn: 2, eenheid: 'weken', bron: 'servicenorm (keuze; NVVK-praktijk gemiddeld 11 dagen)' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Wgs art. 4 kent geen opschorting van de termijn voor het eerste gesprek'),
    verlenging: GEEN_VERLENGING('Wgs art. 4 kent geen verlenging van de termijn voor het eerste gesprek'),
  },
  {
    stap: 'eerste-gesprek',
    variant: 'crisis',
    omschrijving:
      'Eerste gesprek binnen 3 werkdagen bij een bedreigende situatie (ontruiming, afsluiting energie/water, ' +
      'opzegging zorgverzekering, of een situatie uit het gemeentelijk crisisprotocol)',
    startgebeurtenis: 'aanmelding',
    soort: 'wettelijk',
    // Wgs art. 4 lid 2: binnen drie werkdagen bij een bedreigende situatie. Counted in werkdagen (Atw art. 3
    // feestdagen excluded), so the end is always a werkdag and Atw art. 1 never moves it.
    termijn: { termijn: 3, eenheid: 'werkdagen', bron: 'Wgs art. 4 lid 2' },
    eindeVolgensAtw: true,
    servicenorm: { termijn: 3, eenheid: 'werkdagen', bron: 'Wgs art. 4 lid 2 (servicenorm gelijk aan de wet)' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Wgs art. 4 lid 2 kent geen opschorting'),
    verlenging: GEEN_VERLENGING('Wgs art. 4 lid 2 kent geen verlenging'),
  },
  {
    stap: 'intake',
    variant: 'standaard',
    omschrijving: 'Intake afgerond (servicenorm zonder wettelijke grondslag)',
    startgebeurtenis: 'eerste-gesprek',
    soort: 'servicenorm',
    // No legal basis: the gemeente's own planning norm between eerste gesprek and beschikking. Default 2 weeks.
    termijn: { termijn: 2, eenheid: 'weken', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 2, eenheid: 'weken', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    termijnPerGemeente: true,
    // Our choice: waiting for the hulpvrager's documents pauses the service norm, as Awb 4:15 does for the beschikking.
    opschorting: { toegestaan: true, bron: 'keuze, naar analogie van Awb 4:15 (wachten op stukken van de hulpvrager)' },
    verlenging: {
      toegestaan: true,
      maximum: { termijn: 2, eenheid: 'weken' },
      bron: 'keuze: servicenorm, eenmalig ten hoogste 2 weken verlengbaar',
    },
  },
  {
    stap: 'beschikking',
    variant: 'standaard',
    omschrijving: 'Beschikking (toelating met plan van aanpak, of afwijzing) binnen 8 weken na het eerste gesprek',
    startgebeurtenis: 'eerste-gesprek',
    soort: 'wettelijk',
    // Wgs art. 4a (beslissing over toegang en plan van aanpak na het eerste gesprek); a gemeente may set its own
    // beslistermijn by verordening, so `termijnPerGemeente`. Awb 4:13 lid 2 (redelijke termijn, max 8 weken)
    // gives the same 8 weeks where no verordening applies.
    termijn: { termijn: 8, eenheid: 'weken', bron: 'Wgs art. 4a; Awb 4:13 lid 2' },
    eindeVolgensAtw: true,
    servicenorm: { termijn: 8, eenheid: 'weken', bron: 'Wgs art. 4a (servicenorm gelijk aan de wet)' },
    termijnPerGemeente: true,
    // Awb 4:15 lid 1 sub a: opgeschort zolang de aanvrager de aanvraag aanvult; lid 2 sub a: met instemming uitstel.
    opschorting: { toegestaan: true, bron: 'Awb 4:15' },
    // Awb 4:14 lid 1 only obliges the bestuursorgaan to announce a later date; the statutory term still lapses
    // (Awb 4:17 dwangsom), so a verlenging is not a legal extension here.
    verlenging: GEEN_VERLENGING('Awb 4:14 lid 1: mededeling verlengt de wettelijke beslistermijn niet'),
  },
  {
    stap: 'vaststelling',
    variant: 'standaard',
    omschrijving: 'Beschikking vastgesteld (goedgekeurd) na het concept (servicenorm zonder wettelijke grondslag)',
    startgebeurtenis: 'beschikking-concept-gereed',
    soort: 'servicenorm',
    // Internal four-eyes approval of the beschikking; 5 werkdagen is our default, configurable.
    termijn: { termijn: 5, eenheid: 'werkdagen', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    eindeVolgensAtw: false,
    servicenorm: {
      termijn: 5,
      eenheid: 'werkdagen',
      bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)',
    },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: interne goedkeuring, geen opschorting'),
    verlenging: GEEN_VERLENGING('keuze: interne goedkeuring, geen verlenging'),
  },
  {
    stap: 'betaalvoorstel',
    variant: 'standaard',
    omschrijving:
      'Berekening (vtlb, afloscapaciteit, schulden) vastgelegd voor het betaalvoorstel, na de vaststelling van de beschikking (servicenorm zonder wettelijke grondslag)',
    startgebeurtenis: 'beschikking-vastgesteld',
    soort: 'servicenorm',
    // No published norm. Our default: the 4 months of stabilisatie (NVVK Kennisgeving) plus two for the saldoverzoeken
    // and their answers (10 werkdagen, Schuldenknooppunt procesafspraken), so the 120 days to the akkoord (NVVK Module
    // Schuldregeling) can still hold. Configurable per gemeente; extendable as far as the stabilisatie is.
    termijn: {
      termijn: 6,
      eenheid: 'maanden',
      bron: 'servicenorm zonder wettelijke grondslag (configureerbaar): stabilisatie 4 maanden (NVVK Kennisgeving) + 2 maanden saldoverzoeken',
    },
    eindeVolgensAtw: false,
    servicenorm: {
      termijn: 6,
      eenheid: 'maanden',
      bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)',
    },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: een langere stabilisatie is een verlenging'),
    verlenging: {
      toegestaan: true,
      maximum: { termijn: 4, eenheid: 'maanden' },
      bron: 'NVVK Kennisgeving; convenanten: stabilisatie tot ten hoogste 8 maanden in totaal',
    },
  },
  {
    stap: 'schuldeiser-reactie',
    variant: 'standaard',
    omschrijving: 'Reactie van de schuldeiser op een bericht via het Schuldenknooppunt binnen 10 werkdagen',
    startgebeurtenis: 'bericht-verzonden',
    soort: 'afspraak',
    // Schuldenknooppunt procesafspraken (SHV en SE): reactie op saldoverzoek, betaalvoorstel of heroverweging binnen
    // 10 werkdagen. An agreement, not a law: Atw art. 1 does not apply, but a werkdagen term ends on a werkdag anyway.
    termijn: { termijn: 10, eenheid: 'werkdagen', bron: 'Schuldenknooppunt procesafspraken' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 10, eenheid: 'werkdagen', bron: 'Schuldenknooppunt procesafspraken' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Schuldenknooppunt procesafspraken: elk bericht heeft een eigen termijn'),
    verlenging: GEEN_VERLENGING(
      'Schuldenknooppunt procesafspraken: een herinnering of heroverweging is een nieuw bericht',
    ),
  },
  {
    stap: 'schuldregeling-akkoord',
    variant: 'standaard',
    omschrijving: 'Akkoord op de schuldregeling binnen 120 dagen na de saldoverzoeken',
    startgebeurtenis: 'saldoverzoeken-verzonden',
    soort: 'afspraak',
    // NVVK Module Schuldregeling: at most 120 days from the saldoverzoeken to the akkoord. The readable copy
    // predates July 2023, hence configurable. A professional norm: not moved by the Atw.
    termijn: { termijn: 120, eenheid: 'kalenderdagen', bron: 'NVVK Module Schuldregeling' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 120, eenheid: 'kalenderdagen', bron: 'NVVK Module Schuldregeling' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('NVVK Module Schuldregeling: geen opschorting opgenomen (te verifiëren)'),
    verlenging: GEEN_VERLENGING('NVVK Module Schuldregeling: geen verlenging opgenomen (te verifiëren)'),
  },
  {
    stap: 'stabilisatie',
    variant: 'standaard',
    omschrijving: 'Stabilisatie (incassopauze na de Kennisgeving): 4 maanden, verlengbaar tot ten hoogste 8 maanden',
    startgebeurtenis: 'kennisgeving-verzonden',
    soort: 'afspraak',
    // NVVK Kennisgeving and convenanten with creditors: a pause of 4 to 8 months.
    termijn: { termijn: 4, eenheid: 'maanden', bron: 'NVVK Kennisgeving; convenanten met schuldeisers (4–8 maanden)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 4, eenheid: 'maanden', bron: 'NVVK Kennisgeving (4 maanden)' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('convenant: de incassopauze loopt door'),
    verlenging: {
      toegestaan: true,
      maximum: { termijn: 4, eenheid: 'maanden' },
      bron: 'NVVK Kennisgeving; convenanten (tot ten hoogste 8 maanden in totaal)',
    },
  },
  {
    stap: 'moratorium',
    variant: 'standaard',
    omschrijving: 'Breed moratorium (afkoelingsperiode): ten hoogste 6 maanden',
    startgebeurtenis: 'moratorium-ingegaan',
    soort: 'wettelijk',
    // Wgs art. 5 and Fw art. 287b: the voorziening lasts at most six months. This is the maximum duration of a
    // measure, not a term within which someone must act, so Atw art. 1 is NOT applied: moving the end to the next
    // werkdag would extend the stay beyond the maximum the court can grant.
    termijn: { termijn: 6, eenheid: 'maanden', bron: 'Wgs art. 5; Fw art. 287b' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 6, eenheid: 'maanden', bron: 'Wgs art. 5; Fw art. 287b' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Fw art. 287b: de termijn van de voorziening loopt door'),
    verlenging: GEEN_VERLENGING('Fw art. 287b: ten hoogste zes maanden'),
  },
  {
    stap: 'bezwaar',
    variant: 'standaard',
    omschrijving: 'Bezwaartermijn tegen de beschikking: 6 weken na de bekendmaking',
    startgebeurtenis: 'beschikking-bekendgemaakt',
    soort: 'wettelijk',
    // Awb 6:7 (zes weken) with Awb 6:8 lid 1 (vanaf de dag na bekendmaking); Atw art. 1 applies to the end.
    termijn: { termijn: 6, eenheid: 'weken', bron: 'Awb 6:7; Awb 6:8 lid 1' },
    eindeVolgensAtw: true,
    servicenorm: { termijn: 6, eenheid: 'weken', bron: 'Awb 6:7' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Awb 6:7 kent geen opschorting'),
    verlenging: GEEN_VERLENGING('Awb 6:7 kent geen verlenging'),
  },
  {
    stap: 'nazorg',
    variant: 'standaard',
    omschrijving: 'Nazorg: vroegsignalen gevolgd tot 6 maanden na het einde van het traject',
    startgebeurtenis: 'traject-beeindigd',
    soort: 'afspraak',
    // Basisdienstverlening schuldhulpverlening (seed): nazorg for 6 months after the traject ends. Not a law.
    termijn: { termijn: 6, eenheid: 'maanden', bron: 'basisdienstverlening schuldhulpverlening (nazorg)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 6, eenheid: 'maanden', bron: 'basisdienstverlening schuldhulpverlening (nazorg)' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('basisdienstverlening: geen opschorting'),
    verlenging: GEEN_VERLENGING('basisdienstverlening: geen verlenging'),
  },
  {
    stap: 'bezwaar-beslissing',
    variant: 'standaard',
    omschrijving: 'Beslissing op het bezwaar binnen 6 weken na het einde van de bezwaartermijn',
    startgebeurtenis: 'bezwaartermijn-verstreken',
    soort: 'wettelijk',
    // Awb 7:10 lid 1: zes weken (twaalf met een adviescommissie, Awb 7:13), gerekend vanaf de dag na die waarop de
    // bezwaartermijn is verstreken. A gemeente with a commissie has 12 weeks: that is not yet configurable here, so
    // such a gemeente uses the verdaging. Atw art. 1 applies to the end.
    termijn: { termijn: 6, eenheid: 'weken', bron: 'Awb 7:10 lid 1' },
    eindeVolgensAtw: true,
    servicenorm: { termijn: 6, eenheid: 'weken', bron: 'Awb 7:10 lid 1 (servicenorm gelijk aan de wet)' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Awb 7:10 kent geen opschorting (wel verdaging, lid 3)'),
    // Awb 7:10 lid 3: verdaging met ten hoogste zes weken.
    verlenging: { toegestaan: true, maximum: { termijn: 6, eenheid: 'weken' }, bron: 'Awb 7:10 lid 3' },
  },
  {
    stap: 'begeleiding',
    variant: 'standaard',
    omschrijving:
      'Begeleiding (of crisisinterventie) geëvalueerd of afgerond op het geplande einde van de modules; zonder gepland einde binnen 3 maanden na de start',
    startgebeurtenis: 'begeleiding-gestart',
    soort: 'servicenorm',
    // No legal norm: the plan van aanpak sets the end per module (Wgs art. 4a lid 1: the ondersteuning in the plan).
    // Until the consulent plans the modules, 3 months is our default to have them planned or the begeleiding ended.
    termijn: {
      termijn: 3,
      eenheid: 'maanden',
      bron: 'servicenorm zonder wettelijke grondslag (configureerbaar); daarna het geplande einde van de modules',
    },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 3, eenheid: 'maanden', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: het einde volgt uit de geplande modules'),
    verlenging: GEEN_VERLENGING('keuze: een later einde is een nieuwe planning van de modules'),
  },
  {
    stap: 'doorverwijzing',
    variant: 'standaard',
    omschrijving: 'Opvolging van de warme overdracht: binnen 4 weken nagaan of de persoon daar geholpen wordt',
    startgebeurtenis: 'doorverwijzing-overgedragen',
    soort: 'servicenorm',
    // No legal norm: Wgs art. 4a asks the plan to name the organisations referred to; whether the person is helped
    // there is the basisdienstverlening's "warme overdracht". 4 weeks is our default, configurable.
    termijn: { termijn: 4, eenheid: 'weken', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 4, eenheid: 'weken', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: opvolging, geen opschorting'),
    verlenging: {
      toegestaan: true,
      maximum: { termijn: 4, eenheid: 'weken' },
      bron: 'keuze: servicenorm, eenmalig ten hoogste 4 weken verlengbaar',
    },
  },
  {
    stap: 'persoonlijk-contact',
    variant: 'standaard',
    omschrijving:
      'Persoonlijk contact met de hulpvrager na een terugval (vroegsignaal of gemiste betaling) in de nazorg',
    startgebeurtenis: 'terugval-gesignaleerd',
    soort: 'servicenorm',
    // The basisdienstverlening asks for personal contact on every terugval but sets no term, and neither the Wgs
    // (art. 3a) nor the Besluit does for the gemeente's reaction to a signal. So a servicenorm WITHOUT a legal basis:
    // the default of 5 werkdagen is our choice, mirroring the 3 werkdagen of Wgs art. 4 lid 2 for threatening
    // situations loosely; each gemeente sets its own (termijnPerGemeente).
    termijn: {
      termijn: 5,
      eenheid: 'werkdagen',
      bron: 'servicenorm zonder wettelijke grondslag (configureerbaar; basisdienstverlening noemt geen termijn)',
    },
    eindeVolgensAtw: false,
    servicenorm: {
      termijn: 5,
      eenheid: 'werkdagen',
      bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)',
    },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: persoonlijk contact wacht niet'),
    verlenging: GEEN_VERLENGING('keuze: persoonlijk contact wacht niet'),
  },
  {
    stap: 'wsnp',
    variant: 'standaard',
    omschrijving: 'Looptijd van de wettelijke schuldsaneringsregeling (WSNP): 18 maanden, door de rechter te verlengen',
    startgebeurtenis: 'wsnp-uitgesproken',
    soort: 'wettelijk',
    // Fw art. 349a lid 1 as amended by Stb. 2023, 87 (in force 1 July 2023): the term is 18 months. The court may
    // extend it; DESIGN §3.1: at most 3.5 years in total, so at most 24 months of extension. A duration, not a term
    // to act within: Atw art. 1 is not applied (as for the moratorium).
    termijn: { termijn: 18, eenheid: 'maanden', bron: 'Fw art. 349a lid 1 (Stb. 2023, 87)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 18, eenheid: 'maanden', bron: 'Fw art. 349a lid 1 (Stb. 2023, 87)' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('Fw art. 349a: de looptijd loopt door'),
    verlenging: {
      toegestaan: true,
      maximum: { termijn: 24, eenheid: 'maanden' },
      bron: 'Fw art. 349a (verlenging door de rechter); DESIGN §3.1: ten hoogste 3,5 jaar in totaal',
    },
  },
  {
    stap: 'schuldregeling',
    variant: 'standaard',
    omschrijving:
      'Looptijd van de minnelijke schuldregeling (saneringskrediet of schuldbemiddeling): 18 maanden vanaf het akkoord',
    startgebeurtenis: 'akkoord-schuldregeling',
    soort: 'afspraak',
    // NVVK (13 July 2023): since 1 July 2023 the term of the minnelijke regeling is 18 months, as the WSNP's (Fw art.
    // 349a lid 1, Stb. 2023, 87); DESIGN §3.1. A duration, not a term to act within: Atw art. 1 is not applied.
    termijn: { termijn: 18, eenheid: 'maanden', bron: 'NVVK 13 juli 2023 (looptijd 18 maanden sinds 1 juli 2023)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 18, eenheid: 'maanden', bron: 'NVVK 13 juli 2023' },
    termijnPerGemeente: false,
    opschorting: GEEN_OPSCHORTING('NVVK: de looptijd loopt door'),
    verlenging: GEEN_VERLENGING('keuze: een langere regeling is een nieuw akkoord'),
  },
  {
    stap: 'regeling-betaling',
    variant: 'standaard',
    omschrijving:
      'Maandelijkse betaling (reservering of afdracht) van de regeling: binnen de respijttermijn na de vervaldag',
    startgebeurtenis: 'vervaldag-betaling',
    soort: 'servicenorm',
    // No source sets how long after the vervaldag a payment counts as missed: configuration. Default 14 days, our
    // choice (about two weeks for a salary or benefit that comes late); each gemeente sets its own.
    termijn: {
      termijn: 14,
      eenheid: 'kalenderdagen',
      bron: 'respijttermijn zonder bron (configureerbaar per gemeente; standaard 14 dagen)',
    },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 14, eenheid: 'kalenderdagen', bron: 'respijttermijn zonder bron (configureerbaar)' },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: de vervaldagen van de regeling schuiven niet'),
    verlenging: GEEN_VERLENGING('keuze: de vervaldagen van de regeling schuiven niet'),
  },
  {
    stap: 'regeling-evaluatie',
    variant: 'standaard',
    omschrijving: 'Periodieke evaluatie van het plan tijdens de regeling (standaard na elke 6 maanden)',
    startgebeurtenis: 'evaluatiemoment',
    soort: 'servicenorm',
    // Neither the Wgs nor a readable NVVK text sets an evaluation term during the regeling: configuration. Default 4
    // weeks from the evaluation moment, our choice.
    termijn: { termijn: 4, eenheid: 'weken', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    eindeVolgensAtw: false,
    servicenorm: { termijn: 4, eenheid: 'weken', bron: 'servicenorm zonder wettelijke grondslag (configureerbaar)' },
    termijnPerGemeente: true,
    opschorting: GEEN_OPSCHORTING('keuze: de evaluatie wacht niet'),
    verlenging: {
      toegestaan: true,
      maximum: { termijn: 4, eenheid: 'weken' },
      bron: 'keuze: servicenorm, eenmalig ten hoogste 4 weken verlengbaar',
    },
  },
];

/** Version 2021.1: the Wgs as amended with effect from 1 January 2021 (art. 4 and 4a). */
const versie2021: CatalogusVersie = { versie: '2021.1', geldigVanaf: '2021-01-01', normen };

/** The default catalogue; gemeenten add their stricter norms with `registreerGemeenteNorm`. */
export const STANDAARD_CATALOGUS: NormCatalogus = { versies: [versie2021], gemeenteNormen: [] };
