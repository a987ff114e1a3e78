// Domain core: the built-in screening instrument (configuration, versioned) and the lookup of an instrument version.
//
// Modelled on, not a copy of, the two triage instruments DESIGN.md §3.2a names:
// - Mesis (about 100 questions, 7 client profiles): we borrow only its themes (motivation as wil / kan / durf,
//   self-direction, behaviour, skills). Mesis is proprietary; this is NOT Mesis and scores no Mesis profile.
// - Zelfredzaamheid-Matrix (ZRM, 13 domains scored 1–5): 10 of its domains on its 1–5 scale
//   (1 acute problematiek … 5 volledig zelfredzaam). Basale ADL, tijdsbesteding and justitie are left out:
//   they do not change the triage below.
// Crisis questions follow the bedreigende situaties of Wgs art. 4 lid 2 plus the additions DDAS lists for a
// gemeentelijk crisisprotocol (DESIGN.md §3.1). The basisdienstverlening names no instrument: this one is
// configuration, and a new version gets a new `versie`, never an edit in place (answers name the version).
import { ValidatieFout, type VeldFout } from '../fouten';
import { Instrument, type InstrumentRef, type Vraag } from './instrument-schema';
import '../zod-meldingen';

/** The question ids the triage rules read. An instrument version must keep them (see `valideerInstrument`). */
export const VRAAG = {
  inkomenBron: 'inkomen-bron',
  inkomenStabiel: 'inkomen-stabiel',
  vasteLastenBetaald: 'vaste-lasten-betaald',
  overzichtFinancien: 'overzicht-financien',
  aantalSchuldeisers: 'aantal-schuldeisers',
  schuldTotaal: 'schuld-totaal',
  achterstandWoonlasten: 'achterstand-woonlasten',
  achterstandEnergieWater: 'achterstand-energie-water',
  achterstandZorgverzekering: 'achterstand-zorgverzekering',
  beslagOpInkomen: 'beslag-op-inkomen',
  deurwaarder: 'deurwaarder',
  schuldUitFraude: 'schuld-uit-fraude',
  mislukteRegelingen: 'eerdere-regelingen-mislukt',
  zrmFinancien: 'zrm-financien',
  zrmGeestelijkeGezondheid: 'zrm-geestelijke-gezondheid',
  zrmMiddelengebruik: 'zrm-middelengebruik',
  motivatieWil: 'motivatie-wil',
  motivatieKan: 'motivatie-kan',
  motivatieDurf: 'motivatie-durf',
  bereidRegeling: 'bereid-regeling-18-maanden',
  crisisHuisuitzetting: 'crisis-huisuitzetting',
  crisisAfsluiting: 'crisis-afsluiting-energie-water',
  crisisZorgverzekering: 'crisis-beeindiging-zorgverzekering',
  crisisBeslagGeenLeefgeld: 'crisis-beslag-geen-leefgeld',
  crisisFaillissement: 'crisis-faillissementsaanvraag',
  crisisVerkoop: 'crisis-verkoop-woning-of-boedel',
  crisisBedrijf: 'crisis-bedrijf-bedreigd',
  woonsituatie: 'woonsituatie',
  woningOverwaarde: 'woning-overwaarde',
  leeftijd: 'leeftijd',
  ondernemer: 'ondernemer',
  taalhulp: 'taalhulp-nodig',
  cultuurwensen: 'cultuur-wensen',
} as const;

const ZRM_ANKERS = [
  'acute problematiek',
  'niet zelfredzaam',
  'beperkt zelfredzaam',
  'voldoende zelfredzaam',
  'volledig zelfredzaam',
] as const satisfies readonly string[];

const EENS_ANKERS = [
  'helemaal niet mee eens',
  'niet mee eens',
  'neutraal',
  'mee eens',
  'helemaal mee eens',
] as const satisfies readonly string[];

const zrm = (id: string, tekst: string, verplicht: boolean): Vraag => ({
  id,
  domein: 'zelfredzaamheid',
  tekst,
  type: 'schaal',
  ankers: [...ZRM_ANKERS],
  verplicht,
});

const stelling = (id: string, tekst: string): Vraag => ({
  id,
  domein: 'motivatie',
  tekst,
  type: 'schaal',
  ankers: [...EENS_ANKERS],
  verplicht: true,
});

const jaNee = (id: string, domein: Vraag['domein'], tekst: string, verplicht = true): Vraag => ({
  id,
  domein,
  tekst,
  type: 'ja-nee',
  verplicht,
});

// Built in a function marked pure: esbuild counts the property reads (`VRAAG.x`) in a plain array as possible side
// effects, and would keep the question texts in every bundle that imports this module for its constants.
const vragen: Vraag[] = /* @__PURE__ */ (() => [
  // Financiële situatie
  {
    id: VRAAG.inkomenBron,
    domein: 'financiele-situatie',
    tekst: 'Waar komt uw inkomen vooral vandaan?',
    type: 'keuze',
    opties: [
      { waarde: 'loondienst', tekst: 'Werk in loondienst' },
      { waarde: 'uitkering', tekst: 'Uitkering' },
      { waarde: 'pensioen', tekst: 'AOW of pensioen' },
      { waarde: 'eigen-bedrijf', tekst: 'Eigen bedrijf' },
      { waarde: 'studiefinanciering', tekst: 'Studiefinanciering' },
      { waarde: 'geen-inkomen', tekst: 'Ik heb nu geen inkomen' },
      { waarde: 'anders', tekst: 'Anders' },
    ],
    verplicht: true,
  },
  jaNee(
    VRAAG.inkomenStabiel,
    'financiele-situatie',
    'Krijgt u de komende maanden elke maand ongeveer hetzelfde inkomen, zonder onderbrekingen?',
  ),
  {
    id: 'netto-inkomen',
    domein: 'financiele-situatie',
    tekst: 'Hoeveel komt er per maand netto binnen (in centen)?',
    type: 'bedrag-cent',
    // €100.000 a month: well above any household in schuldhulp; catches a typo in euros vs cents the other way.
    max: 10_000_000,
    verplicht: false,
  },
  jaNee(
    VRAAG.vasteLastenBetaald,
    'financiele-situatie',
    'Betaalt u nu elke maand uw vaste lasten op tijd (huur of hypotheek, energie, water, zorgverzekering)?',
  ),
  {
    id: VRAAG.overzichtFinancien,
    domein: 'financiele-situatie',
    tekst: 'Heeft u overzicht over uw inkomsten, uitgaven en schulden? Opent u uw post?',
    type: 'keuze',
    opties: [
      { waarde: 'volledig', tekst: 'Ja, ik weet wat er binnenkomt en uitgaat en wat ik schuldig ben' },
      { waarde: 'gedeeltelijk', tekst: 'Een beetje' },
      { waarde: 'geen', tekst: 'Nee, ik heb geen overzicht meer' },
    ],
    verplicht: true,
  },

  // Schulden en achterstanden
  {
    id: VRAAG.aantalSchuldeisers,
    domein: 'schulden',
    tekst: 'Aan hoeveel partijen heeft u een schuld of achterstand (schatting)?',
    type: 'getal',
    min: 0,
    max: 500,
    verplicht: true,
  },
  {
    id: VRAAG.schuldTotaal,
    domein: 'schulden',
    tekst: 'Hoe hoog zijn uw schulden samen ongeveer?',
    type: 'keuze',
    opties: [
      { waarde: 'tot-1000', tekst: 'Minder dan € 1.000' },
      { waarde: '1000-5000', tekst: '€ 1.000 tot € 5.000' },
      { waarde: '5000-15000', tekst: '€ 5.000 tot € 15.000' },
      { waarde: '15000-40000', tekst: '€ 15.000 tot € 40.000' },
      { waarde: 'meer-dan-40000', tekst: 'Meer dan € 40.000' },
      { waarde: 'onbekend', tekst: 'Ik weet het niet' },
    ],
    verplicht: true,
  },
  jaNee(VRAAG.achterstandWoonlasten, 'schulden', 'Heeft u een achterstand met uw huur of hypotheek?'),
  jaNee(VRAAG.achterstandEnergieWater, 'schulden', 'Heeft u een achterstand met uw energie of water?'),
  jaNee(VRAAG.achterstandZorgverzekering, 'schulden', 'Heeft u een achterstand met uw zorgverzekering?'),
  jaNee(VRAAG.beslagOpInkomen, 'schulden', 'Is er beslag gelegd op uw loon of uitkering?'),
  jaNee(VRAAG.deurwaarder, 'schulden', 'Heeft een deurwaarder contact met u opgenomen over een schuld?'),
  jaNee(
    VRAAG.schuldUitFraude,
    'schulden',
    'Komt een deel van uw schulden door een terugvordering of boete wegens fraude (bijvoorbeeld met een uitkering of toeslag)?',
  ),
  {
    id: VRAAG.mislukteRegelingen,
    domein: 'schulden',
    tekst: 'Hoe vaak bent u eerder in een schuldregeling gestart die niet is gelukt?',
    type: 'getal',
    min: 0,
    max: 20,
    verplicht: true,
  },

  // Zelfredzaamheid (ZRM-domeinen, schaal 1–5)
  zrm(VRAAG.zrmFinancien, 'Hoe goed lukt het u om uw geldzaken te regelen?', true),
  zrm('zrm-werk-opleiding', 'Hoe gaat het met werk, opleiding of een andere vaste dagbesteding?', false),
  zrm('zrm-huisvesting', 'Hoe gaat het met uw woonsituatie?', false),
  zrm('zrm-huiselijke-relaties', 'Hoe gaat het thuis, met uw partner en gezin?', false),
  zrm(VRAAG.zrmGeestelijkeGezondheid, 'Hoe gaat het met uw geestelijke gezondheid (stress, somberheid, angst)?', true),
  zrm('zrm-lichamelijke-gezondheid', 'Hoe gaat het met uw lichamelijke gezondheid?', false),
  zrm(VRAAG.zrmMiddelengebruik, 'Hoe gaat het met alcohol, drugs, gokken of medicijnen?', true),
  zrm('zrm-instrumentele-adl', 'Hoe lukt het u om de administratie, de post en afspraken bij te houden?', false),
  zrm('zrm-sociaal-netwerk', 'Heeft u mensen om u heen die u kunnen helpen?', false),
  zrm('zrm-maatschappelijke-participatie', 'Doet u mee in de buurt, een vereniging of vrijwilligerswerk?', false),

  // Motivatie (thema's uit Mesis: wil, kan, durf)
  stelling(VRAAG.motivatieWil, 'Ik wil mijn schulden nu echt aanpakken.'),
  stelling(VRAAG.motivatieKan, 'Ik denk dat ik afspraken over mijn geld kan nakomen.'),
  stelling(VRAAG.motivatieDurf, 'Ik durf mijn post te openen en schuldeisers te bellen, eventueel met hulp.'),
  jaNee(
    VRAAG.bereidRegeling,
    'motivatie',
    'Bent u bereid om 18 maanden rond te komen van een vast leefgeld, zodat uw schuldeisers de rest krijgen?',
  ),

  // Crisis: Wgs art. 4 lid 2, plus the crisisprotocol additions DDAS lists
  jaNee(VRAAG.crisisHuisuitzetting, 'crisis', 'Moet u binnenkort uit uw huis (ontruiming aangekondigd of vonnis)?'),
  jaNee(
    VRAAG.crisisAfsluiting,
    'crisis',
    'Is aangekondigd dat uw gas, stroom, stadsverwarming of water wordt afgesloten?',
  ),
  jaNee(VRAAG.crisisZorgverzekering, 'crisis', 'Heeft uw zorgverzekeraar uw verzekering opgezegd of beëindigd?'),
  jaNee(
    VRAAG.crisisBeslagGeenLeefgeld,
    'crisis',
    'Is er beslag op uw loon, uitkering of bankrekening waardoor u nu geen geld heeft voor eten en vaste lasten?',
  ),
  jaNee(VRAAG.crisisFaillissement, 'crisis', 'Heeft iemand uw faillissement aangevraagd bij de rechter?'),
  jaNee(
    VRAAG.crisisVerkoop,
    'crisis',
    'Is er een verkoop van uw huis of van uw spullen (boedel) door een deurwaarder aangekondigd?',
  ),
  jaNee(
    VRAAG.crisisBedrijf,
    'crisis',
    'Alleen voor ondernemers: dreigt uw bedrijf te moeten stoppen door beslag of doordat de bank uw krediet opzegt?',
    false,
  ),

  // Leefgebieden
  {
    id: VRAAG.woonsituatie,
    domein: 'leefgebieden',
    tekst: 'Hoe woont u?',
    type: 'keuze',
    opties: [
      { waarde: 'huur-sociaal', tekst: 'Huurwoning van een woningcorporatie' },
      { waarde: 'huur-particulier', tekst: 'Huurwoning van een particuliere verhuurder' },
      { waarde: 'eigen-woning', tekst: 'Eigen woning (koop)' },
      { waarde: 'inwonend', tekst: 'Inwonend bij familie of vrienden' },
      { waarde: 'geen-vaste-woonplek', tekst: 'Ik heb geen vaste woonplek' },
      { waarde: 'instelling', tekst: 'In een instelling of beschermd wonen' },
    ],
    verplicht: true,
  },
  {
    id: VRAAG.woningOverwaarde,
    domein: 'leefgebieden',
    tekst: 'Alleen bij een eigen woning: is uw huis meer waard dan uw hypotheek (overwaarde)?',
    type: 'keuze',
    opties: [
      { waarde: 'ja', tekst: 'Ja' },
      { waarde: 'nee', tekst: 'Nee' },
      { waarde: 'onbekend', tekst: 'Weet ik niet' },
    ],
    verplicht: false,
  },
  {
    id: 'werksituatie',
    domein: 'leefgebieden',
    tekst: 'Wat is uw situatie op het gebied van werk?',
    type: 'keuze',
    opties: [
      { waarde: 'werkend', tekst: 'Ik werk' },
      { waarde: 'werkzoekend', tekst: 'Ik zoek werk' },
      { waarde: 'arbeidsongeschikt', tekst: 'Ik kan (gedeeltelijk) niet werken door mijn gezondheid' },
      { waarde: 'zorgtaken', tekst: 'Ik zorg voor kinderen of een naaste' },
      { waarde: 'student', tekst: 'Ik studeer' },
      { waarde: 'gepensioneerd', tekst: 'Ik ben met pensioen' },
    ],
    verplicht: false,
  },

  // Doelgroepen
  {
    id: VRAAG.leeftijd,
    domein: 'doelgroep',
    tekst: 'Wat is uw leeftijd?',
    type: 'getal',
    // A schuldregeling needs a meerderjarige (handelingsbekwame) aanvrager; minors are helped through a parent.
    min: 18,
    max: 120,
    verplicht: true,
  },
  {
    id: VRAAG.ondernemer,
    domein: 'doelgroep',
    tekst: 'Heeft u een eigen bedrijf, of had u dat?',
    type: 'keuze',
    opties: [
      { waarde: 'nee', tekst: 'Nee' },
      { waarde: 'actief-bedrijf', tekst: 'Ja, mijn bedrijf loopt nog' },
      { waarde: 'gestopt-bedrijf', tekst: 'Ik had een bedrijf, maar ben gestopt' },
    ],
    verplicht: true,
  },
  jaNee(VRAAG.taalhulp, 'doelgroep', 'Wilt u hulp bij de Nederlandse taal, of bij lezen en schrijven?'),
  jaNee(
    VRAAG.cultuurwensen,
    'doelgroep',
    'Wilt u dat we rekening houden met uw geloof of cultuur, bijvoorbeeld geen rente op een lening?',
    false,
  ),
])();

export const SCHULDHULP_SCREENING: Instrument = {
  id: 'schuldhulp-screening',
  versie: '2026.1',
  titel: 'Screening schuldhulpverlening',
  bron:
    'Eigen instrument, gemodelleerd naar de thema’s van Mesis en de domeinen en schaal 1–5 van de ' +
    'Zelfredzaamheid-Matrix (DESIGN.md §3.2a); crisisvragen naar Wgs art. 4 lid 2 en het DDAS-crisisprotocol',
  vragen,
};

/** Every instrument version this installation accepts answers for. */
export const STANDAARD_INSTRUMENTEN: readonly Instrument[] = [SCHULDHULP_SCREENING];

/** The instrument version the answers name; throws a ValidatieFout naming `instrument.id` or `instrument.versie`. */
export function zoekInstrument(
  ref: InstrumentRef,
  instrumenten: readonly Instrument[] = STANDAARD_INSTRUMENTEN,
): Instrument {
  const metId = instrumenten.filter((i) => i.id === ref.id);
  if (metId.length === 0) {
    const melding = `Onbekend instrument ${ref.id}`;
    throw new ValidatieFout('INTAKE_ONGELDIG', melding, [{ veld: 'instrument.id', melding }]);
  }
  const instrument = metId.find((i) => i.versie === ref.versie);
  if (!instrument) {
    const melding = `Instrument ${ref.id} heeft geen versie ${ref.versie} (wel: ${metId.map((i) => i.versie).join(', ')})`;
    throw new ValidatieFout('INTAKE_ONGELDIG', melding, [{ veld: 'instrument.versie', melding }]);
  }
  return instrument;
}

/**
 * Checks an instrument version loaded as configuration: the schema, unique question ids and option values, a
 * sensible range, and that it keeps every question the triage rules read (same type, at least the same options,
 * required where the built-in version requires it). Throws ValidatieFout('INSTRUMENT_ONGELDIG') naming the field.
 */
export function valideerInstrument(instrument: Instrument): Instrument {
  const geparsed = Instrument.safeParse(instrument);
  if (!geparsed.success) {
    const velden = geparsed.error.issues.map((i) => ({ veld: i.path.map(String).join('.'), melding: i.message }));
    throw new ValidatieFout('INSTRUMENT_ONGELDIG', 'Instrument voldoet niet aan het schema', velden);
  }
  const velden: VeldFout[] = [];
  const gezien = new Set<string>();
  instrument.vragen.forEach((v, i) => {
    if (gezien.has(v.id)) velden.push({ veld: `vragen.${i}.id`, melding: `Vraag ${v.id} staat dubbel` });
    gezien.add(v.id);
    if (v.type === 'keuze' && new Set(v.opties.map((o) => o.waarde)).size !== v.opties.length) {
      velden.push({ veld: `vragen.${i}.opties`, melding: `Vraag ${v.id} heeft dubbele opties` });
    }
    if (v.type === 'getal' && v.min > v.max) {
      velden.push({ veld: `vragen.${i}.min`, melding: `Vraag ${v.id}: min ${v.min} is groter dan max ${v.max}` });
    }
  });
  const perId = new Map(instrument.vragen.map((v, i) => [v.id, { v, i }] as const));
  for (const nodig of Object.values(VRAAG)) {
    const basis = SCHULDHULP_SCREENING.vragen.find((v) => v.id === nodig);
    const gevonden = perId.get(nodig);
    if (!basis) continue;
    if (!gevonden) {
      velden.push({ veld: 'vragen', melding: `Vraag ${nodig} ontbreekt; de triageregels lezen haar` });
      continue;
    }
    const { v, i } = gevonden;
    if (v.type !== basis.type) {
      velden.push({ veld: `vragen.${i}.type`, melding: `Vraag ${nodig} moet van type ${basis.type} zijn` });
    } else if (v.type === 'keuze' && basis.type === 'keuze') {
      const waarden = new Set(v.opties.map((o) => o.waarde));
      const missend = basis.opties.filter((o) => !waarden.has(o.waarde)).map((o) => o.waarde);
      if (missend.length > 0) {
        velden.push({ veld: `vragen.${i}.opties`, melding: `Vraag ${nodig} mist de opties ${missend.join(', ')}` });
      }
    }
    if (basis.verplicht && !v.verplicht) {
      velden.push({ veld: `vragen.${i}.verplicht`, melding: `Vraag ${nodig} moet verplicht zijn` });
    }
  }
  if (velden.length > 0) {
    throw new ValidatieFout(
      'INSTRUMENT_ONGELDIG',
      `Instrument ${instrument.id} ${instrument.versie} is ongeldig`,
      velden,
    );
  }
  return instrument;
}
