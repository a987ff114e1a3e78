// Domain core: triage of the intake answers into one route, by an ordered, explainable rule table.
//
// How it decides: the rules are tried in order and the FIRST that matches decides the route. The outcome lists as
// reasons that rule and every later matching rule with the same route (and, for a doorverwijzing, the same
// destination); referrals that also match but lost to an earlier rule are listed as `overigeSignalen`. The last
// rule always matches, so every valid set of answers gets exactly one route and at least one reason.
//
// Sources: the crisis rules follow Wgs art. 4 lid 2 and the crisisprotocol additions DDAS lists (DESIGN.md §3.1);
// beschermingsbewind BW art. 1:431 lid 1; WSNP Fw art. 284–285 (as amended by Stb. 2023, 87); Bbz 2004. Every
// threshold (how many creditors is "complex", which ZRM score is "no grip") is our modelling choice, collected in
// `TRIAGE_DREMPELS` so a new instrument version can change them in one place.
import { type Doelgroep, detecteerDoelgroepen } from './doelgroepen';
import { VRAAG, valideerInstrument } from './instrument';
import type { Antwoorden, Instrument } from './instrument-schema';
import { leesGetal, leesJaNee, leesKeuze } from './lees-antwoord';
import type { DoorverwijzingNaar, Reden, Route, TriageUitkomst } from './triage-uitkomst';
import { valideerAntwoordenTegen } from './valideer-antwoorden';

/** Modelling choices, not sourced rules. */
export const TRIAGE_DREMPELS = {
  /** Complex: at least this many creditors (the 2022 average was about 13; DESIGN.md §3.2b). */
  complexVanafSchuldeisers: 5,
  complexeSchuldbanden: ['5000-15000', '15000-40000', 'meer-dan-40000'],
  /** Complex: arrears on at least this many of woonlasten, energie/water, zorgverzekering. */
  complexVanafAchterstanden: 2,
  /** Small: at most this many creditors, in one of these bands, with no beslag, deurwaarder or woonlastenachterstand. */
  kleinTotEnMetSchuldeisers: 3,
  kleineSchuldbanden: ['tot-1000', '1000-5000'],
  /** ZRM financiën at or above: good enough to solve small debts with advice only. */
  goedeZelfredzaamheid: 4,
  /** ZRM financiën at or above: enough grip to keep a regeling for 18 months (with help). */
  regelingZelfredzaamheid: 3,
  /** Motivation statements (1–5) at or above: agrees enough. */
  motivatieVanaf: 3,
  /** Earlier failed schuldregelingen from which a new minnelijke regeling is not realistic. */
  wsnpVanafMislukteRegelingen: 2,
} as const;

/** What the rules read: the answers, named and combined. */
export interface TriageFeiten {
  crisis: {
    huisuitzetting: boolean;
    afsluitingEnergieWater: boolean;
    beeindigingZorgverzekering: boolean;
    beslagGeenLeefgeld: boolean;
    faillissementsaanvraag: boolean;
    verkoopWoningOfBoedel: boolean;
    bedrijfBedreigd: boolean;
  };
  heeftInkomen: boolean;
  inkomenStabiel: boolean;
  vasteLastenBetaald: boolean;
  overzicht: string;
  schuldBekend: boolean;
  aantalSchuldeisers: number;
  complexeSchulden: boolean;
  kleineSchulden: boolean;
  schuldUitFraude: boolean;
  mislukteRegelingen: number;
  zrmFinancien: number;
  /** ZRM financiën 1, or 2 without any overview. */
  geenGrip: boolean;
  /** ZRM geestelijke gezondheid or middelengebruik at 1 (acute problematiek). */
  ggzAcuut: boolean;
  gemotiveerd: boolean;
  bereidRegeling: boolean;
  ondernemerActief: boolean;
}

interface RegelBasis {
  /** Stable code; published in outcomes, never reused for another meaning. */
  code: string;
  /** The condition in words (for the consulent's documentation). */
  wanneer: string;
  /** The law, agreement or `keuze` it rests on. */
  bron: string;
  /** Matches always; only decides when nothing else did. */
  vangnet?: true;
  geldt(f: TriageFeiten): boolean;
  /** Dutch, "u"-form, readable by the resident: what we saw, then "daarom" what we do. */
  reden(f: TriageFeiten): string;
}

export type TriageRegel = RegelBasis &
  (
    | { route: 'doorverwijzing'; doorverwijzing: { naar: DoorverwijzingNaar; waarom: string } }
    | { route: Exclude<Route, 'doorverwijzing'> }
  );

const CRISIS = 'daarom helpen we u eerst met crisisinterventie.';
const D = TRIAGE_DREMPELS;

/**
 * The rule table, in order. The first matching rule decides. Built in a function marked pure (as the questions in
 * instrument.ts): esbuild counts the thresholds read into the texts (`D.x`) as possible side effects, and would keep
 * the table in every bundle that imports the triage module for its validation only.
 */
export const TRIAGE_REGELS: readonly TriageRegel[] = /* @__PURE__ */ (() => [
  {
    code: 'CRISIS_HUISUITZETTING',
    route: 'crisisinterventie',
    wanneer: 'ontruiming aangekondigd of gevonnist',
    bron: 'Wgs art. 4 lid 2 (gedwongen woningontruiming)',
    geldt: (f) => f.crisis.huisuitzetting,
    reden: () => `U heeft een aangekondigde huisuitzetting: ${CRISIS}`,
  },
  {
    code: 'CRISIS_AFSLUITING_ENERGIE_WATER',
    route: 'crisisinterventie',
    wanneer: 'afsluiting van gas, elektriciteit, stadsverwarming of water aangekondigd',
    bron: 'Wgs art. 4 lid 2 (beëindiging levering gas, elektriciteit, stadsverwarming of water)',
    geldt: (f) => f.crisis.afsluitingEnergieWater,
    reden: () => `Uw gas, stroom, stadsverwarming of water wordt afgesloten: ${CRISIS}`,
  },
  {
    code: 'CRISIS_BEEINDIGING_ZORGVERZEKERING',
    route: 'crisisinterventie',
    wanneer: 'zorgverzekering opgezegd of ontbonden',
    bron: 'Wgs art. 4 lid 2 (opzegging of ontbinding zorgverzekering)',
    geldt: (f) => f.crisis.beeindigingZorgverzekering,
    reden: () => `Uw zorgverzekering is opgezegd of beëindigd: ${CRISIS}`,
  },
  {
    code: 'CRISIS_BESLAG_GEEN_LEEFGELD',
    route: 'crisisinterventie',
    wanneer: 'loon-, uitkerings- of bankbeslag waardoor geen geld voor eten en vaste lasten',
    // A plain loonbeslag that respects the beslagvrije voet is not acute; one that leaves nothing to live on is.
    bron: 'DDAS crisisprotocol (loon- of bankbeslag), gemeentelijke aanvulling; afbakening "geen leefgeld" is keuze',
    geldt: (f) => f.crisis.beslagGeenLeefgeld,
    reden: () => `Door beslag heeft u nu geen geld voor eten en vaste lasten: ${CRISIS}`,
  },
  {
    code: 'CRISIS_FAILLISSEMENTSAANVRAAG',
    route: 'crisisinterventie',
    wanneer: 'faillissement aangevraagd',
    bron: 'DDAS crisisprotocol (faillissementsaanvraag), gemeentelijke aanvulling',
    geldt: (f) => f.crisis.faillissementsaanvraag,
    reden: () => `Iemand heeft uw faillissement aangevraagd: ${CRISIS}`,
  },
  {
    code: 'CRISIS_VERKOOP_WONING_OF_BOEDEL',
    route: 'crisisinterventie',
    wanneer: 'boedelverkoop of verkoop eigen woning aangekondigd',
    bron: 'DDAS crisisprotocol (aangekondigde boedelverkoop of verkoop eigen woning), gemeentelijke aanvulling',
    geldt: (f) => f.crisis.verkoopWoningOfBoedel,
    reden: () => `Er is een verkoop van uw huis of spullen aangekondigd: ${CRISIS}`,
  },
  {
    code: 'CRISIS_BEDRIJF_BEDREIGD',
    route: 'crisisinterventie',
    wanneer: 'ondernemer: beslag dat de continuïteit bedreigt of opzegging bankkrediet',
    bron: 'DDAS crisisprotocol voor ondernemers, gemeentelijke aanvulling',
    geldt: (f) => f.crisis.bedrijfBedreigd,
    reden: () => `Uw bedrijf dreigt te moeten stoppen door beslag of het opzeggen van uw krediet: ${CRISIS}`,
  },
  {
    code: 'DOORVERWIJZING_GGZ',
    route: 'doorverwijzing',
    doorverwijzing: {
      naar: 'ggz',
      waarom: 'Acute psychische of verslavingsproblemen gaan voor: met behandeling lukt een schuldentraject beter.',
    },
    wanneer: 'ZRM geestelijke gezondheid of middelengebruik = 1 (acute problematiek)',
    bron: 'keuze (ZRM-score 1 betekent acute problematiek)',
    geldt: (f) => f.ggzAcuut,
    reden: () =>
      'U heeft het nu heel zwaar met uw psychische gezondheid, of met alcohol, drugs, gokken of medicijnen: ' +
      'daarom verwijzen we u eerst door naar de ggz. Uw aanmelding voor schuldhulp blijft staan.',
  },
  {
    code: 'DOORVERWIJZING_BESCHERMINGSBEWIND',
    route: 'doorverwijzing',
    doorverwijzing: {
      naar: 'beschermingsbewind',
      waarom:
        'Een beschermingsbewindvoerder (aangesteld door de kantonrechter, art. 1:431 BW) beheert uw geld en ' +
        'betaalt uw vaste lasten, zodat er geen nieuwe schulden bijkomen.',
    },
    wanneer: 'geen grip op geld (ZRM financiën 1, of 2 zonder overzicht) én complexe schulden',
    bron: 'BW art. 1:431 lid 1 (problematische schulden); drempels zijn keuze',
    geldt: (f) => f.geenGrip && f.complexeSchulden,
    reden: () =>
      'Het lukt u nu niet om uw geldzaken zelf te regelen en uw schulden zijn ingewikkeld: ' +
      'daarom verwijzen we u door naar beschermingsbewind.',
  },
  {
    code: 'DOORVERWIJZING_BBZ',
    route: 'doorverwijzing',
    doorverwijzing: {
      naar: 'bbz',
      waarom:
        'Het Bbz-loket onderzoekt of uw bedrijf levensvatbaar is (Besluit bijstandverlening zelfstandigen 2004); ' +
        'daarna weten we welke oplossing voor uw schulden past.',
    },
    wanneer: 'ondernemer met een bedrijf dat nog loopt',
    bron: 'Bbz 2004; volgorde (eerst levensvatbaarheid) is keuze',
    geldt: (f) => f.ondernemerActief,
    reden: () => 'U heeft een bedrijf dat nog loopt: daarom verwijzen we u eerst door naar het Bbz-loket.',
  },
  {
    code: 'DOORVERWIJZING_WSNP_FRAUDE',
    route: 'doorverwijzing',
    doorverwijzing: {
      naar: 'wsnp',
      waarom:
        'De rechter beslist over de wettelijke schuldsanering (Fw art. 284); de gemeente kan de verklaring ' +
        'van art. 285 Fw afgeven, sinds 1 juli 2023 ook zonder eerst een regeling buiten de rechter te proberen.',
    },
    wanneer: 'schulden (deels) uit een fraudevordering',
    bron: 'keuze: een minnelijke regeling met een fraudevordering slaagt zelden; Fw art. 285 (Stb. 2023, 87)',
    geldt: (f) => f.schuldUitFraude && f.aantalSchuldeisers > 0,
    reden: () =>
      'Een deel van uw schulden komt door een terugvordering of boete wegens fraude. Een regeling buiten de ' +
      'rechter om lukt dan bijna nooit: daarom bekijken we met u de wettelijke schuldsanering (WSNP).',
  },
  {
    code: 'DOORVERWIJZING_WSNP_EERDER_MISLUKT',
    route: 'doorverwijzing',
    doorverwijzing: {
      naar: 'wsnp',
      waarom:
        'De rechter beslist over de wettelijke schuldsanering (Fw art. 284); de gemeente kan de verklaring ' +
        'van art. 285 Fw afgeven, sinds 1 juli 2023 ook zonder eerst een regeling buiten de rechter te proberen.',
    },
    wanneer: `${D.wsnpVanafMislukteRegelingen} of meer eerdere schuldregelingen mislukt`,
    bron: 'keuze; Fw art. 285 (Stb. 2023, 87)',
    geldt: (f) => f.mislukteRegelingen >= D.wsnpVanafMislukteRegelingen,
    reden: (f) =>
      `U bent al ${f.mislukteRegelingen} keer in een schuldregeling gestart die niet is gelukt: ` +
      'daarom bekijken we met u de wettelijke schuldsanering (WSNP).',
  },
  {
    code: 'ADVIES_KLEINE_SCHULDEN',
    route: 'advies',
    wanneer: `kleine schulden, ZRM financiën ≥ ${D.goedeZelfredzaamheid}, volledig overzicht, vaste lasten betaald, inkomen`,
    bron: 'keuze',
    geldt: (f) =>
      f.kleineSchulden &&
      f.zrmFinancien >= D.goedeZelfredzaamheid &&
      f.overzicht === 'volledig' &&
      f.vasteLastenBetaald &&
      f.heeftInkomen,
    reden: (f) =>
      f.aantalSchuldeisers === 0
        ? 'U heeft geen schulden en goed overzicht over uw geld: daarom geven we u advies om dat zo te houden.'
        : 'U heeft weinig en kleine schulden en u heeft goed overzicht over uw geld: daarom geven we u advies, ' +
          'zodat u zelf betalingsregelingen kunt maken.',
  },
  {
    code: 'BEGELEIDING_INKOMEN',
    route: 'begeleiding',
    wanneer: 'geen inkomen of geen stabiel inkomen',
    bron: 'NVVK stabilisatie (inkomen en vaste lasten stabiel vóór een regeling); DESIGN.md §4',
    geldt: (f) => !f.heeftInkomen || !f.inkomenStabiel,
    reden: (f) =>
      f.heeftInkomen
        ? 'Uw inkomen is nog niet elke maand hetzelfde: daarom zorgen we eerst samen voor een vast inkomen.'
        : 'U heeft nu geen inkomen: daarom zorgen we eerst samen dat u inkomen krijgt.',
  },
  {
    code: 'BEGELEIDING_VASTE_LASTEN',
    route: 'begeleiding',
    wanneer: 'vaste lasten worden niet op tijd betaald',
    bron: 'NVVK stabilisatie (inkomen en vaste lasten stabiel vóór een regeling)',
    geldt: (f) => !f.vasteLastenBetaald,
    reden: () =>
      'U kunt uw vaste lasten nu niet elke maand op tijd betalen: daarom zorgen we eerst samen dat dat lukt.',
  },
  {
    code: 'BEGELEIDING_OVERZICHT',
    route: 'begeleiding',
    wanneer: 'geen overzicht, of hoogte van de schulden onbekend',
    bron: 'keuze (een regeling vraagt een volledig schuldenoverzicht)',
    geldt: (f) => f.overzicht === 'geen' || !f.schuldBekend,
    reden: (f) =>
      f.overzicht === 'geen'
        ? 'U heeft nu geen overzicht over uw geld en uw schulden: daarom maken we eerst samen dat overzicht.'
        : 'U weet nog niet hoe hoog uw schulden zijn: daarom maken we eerst samen een overzicht.',
  },
  {
    code: 'BEGELEIDING_ZELFREDZAAMHEID',
    route: 'begeleiding',
    wanneer: `ZRM financiën < ${D.regelingZelfredzaamheid}`,
    bron: 'keuze',
    geldt: (f) => f.zrmFinancien < D.regelingZelfredzaamheid,
    reden: () =>
      'Het regelen van uw geldzaken lukt u nu nog niet goed: daarom begeleiden we u eerst, bijvoorbeeld met ' +
      'budgetcoaching of budgetbeheer.',
  },
  {
    code: 'BEGELEIDING_MOTIVATIE',
    route: 'begeleiding',
    wanneer: `niet bereid tot een regeling van 18 maanden, of wil/kan/durf < ${D.motivatieVanaf}`,
    bron: 'keuze (thema’s wil, kan, durf uit Mesis); regeling van 18 maanden: basisdienstverlening, NVVK 2023',
    geldt: (f) => !f.bereidRegeling || !f.gemotiveerd,
    reden: (f) =>
      f.bereidRegeling
        ? 'U twijfelt nog of u een schuldregeling wilt of kunt volhouden: daarom begeleiden we u eerst.'
        : 'U wilt nu nog niet 18 maanden van een vast leefgeld rondkomen: daarom begeleiden we u eerst.',
  },
  {
    code: 'SCHULDREGELING',
    route: 'schuldregeling',
    wanneer:
      `stabiel inkomen, vaste lasten betaald, overzicht, ZRM financiën ≥ ${D.regelingZelfredzaamheid}, ` +
      'gemotiveerd en bereid tot 18 maanden, minstens één schuldeiser',
    bron: 'basisdienstverlening en NVVK (18 maanden sinds 1 juli 2023); drempels zijn keuze',
    geldt: (f) =>
      f.aantalSchuldeisers > 0 &&
      f.heeftInkomen &&
      f.inkomenStabiel &&
      f.vasteLastenBetaald &&
      f.overzicht !== 'geen' &&
      f.schuldBekend &&
      f.zrmFinancien >= D.regelingZelfredzaamheid &&
      f.gemotiveerd &&
      f.bereidRegeling,
    reden: () =>
      'Uw inkomen is stabiel, u betaalt uw vaste lasten en u bent bereid 18 maanden mee te werken: ' +
      'daarom starten we met een schuldregeling.',
  },
  {
    code: 'ADVIES_GEEN_SCHULDEN',
    route: 'advies',
    wanneer: 'geen schuldeisers en geen reden voor begeleiding',
    bron: 'keuze',
    geldt: (f) => f.aantalSchuldeisers === 0,
    reden: () => 'U heeft op dit moment geen schulden: daarom geven we u advies om dat zo te houden.',
  },
  {
    code: 'VANGNET_BEGELEIDING',
    route: 'begeleiding',
    vangnet: true,
    wanneer: 'geen andere regel van toepassing',
    bron: 'keuze: zonder duidelijke route eerst begeleiding, zodat de consulent kan beoordelen',
    geldt: () => true,
    reden: () =>
      'Uit uw antwoorden volgt nog geen duidelijke oplossing: daarom begeleidt een consulent u en kijkt samen ' +
      'met u wat past.',
  },
])();

function verplicht<T>(waarde: T | undefined, id: string): T {
  // Unreachable after valideerAntwoordenTegen + valideerInstrument: the question is verplicht.
  if (waarde === undefined) throw new Error(`Verplichte triagevraag ${id} ontbreekt na validatie`);
  return waarde;
}

/** Names and combines the answers the rules read. Expects answers validated against the instrument. */
export function leesFeiten(a: Antwoorden, doelgroepen: readonly Doelgroep[]): TriageFeiten {
  const ja = (id: string) => leesJaNee(a, id);
  const getal = (id: string) => verplicht(leesGetal(a, id), id);
  const keuze = (id: string) => verplicht(leesKeuze(a, id), id);

  const aantalSchuldeisers = getal(VRAAG.aantalSchuldeisers);
  const band = keuze(VRAAG.schuldTotaal);
  const beslag = ja(VRAAG.beslagOpInkomen);
  const deurwaarder = ja(VRAAG.deurwaarder);
  const achterstandWoonlasten = ja(VRAAG.achterstandWoonlasten);
  const achterstanden = [
    achterstandWoonlasten,
    ja(VRAAG.achterstandEnergieWater),
    ja(VRAAG.achterstandZorgverzekering),
  ].filter(Boolean).length;
  const overzicht = keuze(VRAAG.overzichtFinancien);
  const zrmFinancien = getal(VRAAG.zrmFinancien);
  const min = D.motivatieVanaf;

  return {
    crisis: {
      huisuitzetting: ja(VRAAG.crisisHuisuitzetting),
      afsluitingEnergieWater: ja(VRAAG.crisisAfsluiting),
      beeindigingZorgverzekering: ja(VRAAG.crisisZorgverzekering),
      beslagGeenLeefgeld: ja(VRAAG.crisisBeslagGeenLeefgeld),
      faillissementsaanvraag: ja(VRAAG.crisisFaillissement),
      verkoopWoningOfBoedel: ja(VRAAG.crisisVerkoop),
      bedrijfBedreigd: ja(VRAAG.crisisBedrijf),
    },
    heeftInkomen: keuze(VRAAG.inkomenBron) !== 'geen-inkomen',
    inkomenStabiel: ja(VRAAG.inkomenStabiel),
    vasteLastenBetaald: ja(VRAAG.vasteLastenBetaald),
    overzicht,
    schuldBekend: band !== 'onbekend',
    aantalSchuldeisers,
    complexeSchulden:
      aantalSchuldeisers >= D.complexVanafSchuldeisers ||
      (D.complexeSchuldbanden as readonly string[]).includes(band) ||
      beslag ||
      deurwaarder ||
      achterstanden >= D.complexVanafAchterstanden,
    kleineSchulden:
      aantalSchuldeisers <= D.kleinTotEnMetSchuldeisers &&
      (D.kleineSchuldbanden as readonly string[]).includes(band) &&
      !beslag &&
      !deurwaarder &&
      !achterstandWoonlasten,
    schuldUitFraude: ja(VRAAG.schuldUitFraude),
    mislukteRegelingen: getal(VRAAG.mislukteRegelingen),
    zrmFinancien,
    geenGrip: zrmFinancien === 1 || (zrmFinancien === 2 && overzicht === 'geen'),
    ggzAcuut: getal(VRAAG.zrmGeestelijkeGezondheid) === 1 || getal(VRAAG.zrmMiddelengebruik) === 1,
    gemotiveerd:
      getal(VRAAG.motivatieWil) >= min && getal(VRAAG.motivatieKan) >= min && getal(VRAAG.motivatieDurf) >= min,
    bereidRegeling: ja(VRAAG.bereidRegeling),
    ondernemerActief: doelgroepen.some((d) => d.code === 'ondernemer-actief'),
  };
}

const zelfdeUitkomst = (a: TriageRegel, b: TriageRegel): boolean =>
  a.route === b.route &&
  (a.route !== 'doorverwijzing' || (b.route === 'doorverwijzing' && a.doorverwijzing.naar === b.doorverwijzing.naar));

const alsReden = (r: TriageRegel, f: TriageFeiten): Reden => ({ code: r.code, tekst: r.reden(f) });

/**
 * The triage of one set of intake answers.
 *
 * Input: the instrument version the answers were given for, and the answers (`Record<vraagId, value>`).
 * Output: exactly one route, the reasons that led there, the referral (for route `doorverwijzing`), the detected
 * target groups and the instrument version, so the decision can be explained and replayed later.
 *
 * Primary course:
 * 1. Check that the instrument has every question the rules read (ValidatieFout 'INSTRUMENT_ONGELDIG').
 * 2. Validate the answers against it (ValidatieFout 'INTAKE_ONGELDIG', `veld` = `antwoorden.<vraagId>`).
 * 3. Detect the target groups; name and combine the answers into facts.
 * 4. Try the rules of `TRIAGE_REGELS` in order: the first match decides.
 */
export function bepaalTriage(instrument: Instrument, antwoorden: Readonly<Record<string, unknown>>): TriageUitkomst {
  valideerInstrument(instrument);
  const a = valideerAntwoordenTegen(instrument, antwoorden);
  const doelgroepen = detecteerDoelgroepen(a);
  const f = leesFeiten(a, doelgroepen);

  const geldend = TRIAGE_REGELS.filter((r) => r.geldt(f));
  const beslissend = geldend[0];
  if (!beslissend) throw new Error('Geen triageregel van toepassing; de vangnetregel ontbreekt');
  const redenen = geldend
    .filter((r) => zelfdeUitkomst(r, beslissend) && (r === beslissend || r.vangnet !== true))
    .map((r) => alsReden(r, f));
  const overigeSignalen = geldend
    .filter((r) => r.route === 'doorverwijzing' && !zelfdeUitkomst(r, beslissend))
    .map((r) => alsReden(r, f));

  const basis = {
    regel: beslissend.code,
    redenen,
    overigeSignalen,
    doelgroepen,
    instrument: { id: instrument.id, versie: instrument.versie },
  };
  return beslissend.route === 'doorverwijzing'
    ? { ...basis, route: 'doorverwijzing', doorverwijzing: { ...beslissend.doorverwijzing } }
    : { ...basis, route: beslissend.route };
}
