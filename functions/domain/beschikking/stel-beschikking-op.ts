// Domain layer: draws up the content of a beschikking (toelating with plan van aanpak, or afwijzing) in plain Dutch (B1).
import { ValidatieFout } from '../fouten';
import { plusWeken, volgendeWerkdagAtw } from '../kalender/kalender';
import type {
  AfwijzingInhoud,
  Begeleidingsplan,
  BeschikkingInhoud,
  Besluit,
  Bezwaarclausule,
  Kop,
  Nazorgplan,
  PlanVanAanpak,
  Procesoverzicht,
  ToelatingInhoud,
} from './beschikking-inhoud';
import {
  type AfwijzingInvoer,
  type Begeleidingsmodule,
  BeschikkingInvoer,
  type BeschikkingInvoerInput,
  type Contactvorm,
  type ToelatingInvoer,
} from './beschikking-invoer';
import { datumVoluit } from './datum-voluit';
import { GRONDSLAGEN } from './grondslagen';
import '../zod-meldingen';

/** Stable code of the error for invalid input; never change it once published. */
export const ONGELDIGE_BESCHIKKING_INVOER = 'ONGELDIGE_BESCHIKKING_INVOER';

/** Awb 6:7. */
const BEZWAARTERMIJN_WEKEN = 6;

const MODULES: Record<Begeleidingsmodule, { naam: string; uitleg: string }> = {
  coaching: {
    naam: 'Coaching',
    uitleg: 'Een coach helpt u om zelf weer grip te krijgen op uw geld en uw post.',
  },
  training: {
    naam: 'Training',
    uitleg: 'In een training leert u hoe u uw geld en uw papieren goed regelt.',
  },
  budgetcoaching: {
    naam: 'Budgetcoaching',
    uitleg: 'Een budgetcoach maakt samen met u een overzicht van wat er binnenkomt en uitgaat. U betaalt zelf.',
  },
  budgetbeheer: {
    naam: 'Budgetbeheer',
    uitleg:
      'Uw inkomen komt op een rekening die wordt beheerd. Daarvan worden uw vaste lasten betaald. U krijgt zelf leefgeld.',
  },
  beschermingsbewind: {
    naam: 'Beschermingsbewind',
    uitleg: 'De kantonrechter wijst een bewindvoerder aan. Die regelt uw geld en uw betalingen voor u.',
  },
};

const VORMEN: Record<Contactvorm, string> = {
  gesprek: 'Gesprek op kantoor',
  telefoon: 'Telefoongesprek',
  huisbezoek: 'Huisbezoek',
  video: 'Videogesprek',
};

/** Conditions every admitted resident agrees to (Wgs art. 4a: de voorwaarden), in B1. */
const STANDAARD_VERPLICHTINGEN = [
  'U komt naar de afspraken. Kunt u niet? Laat het ons dan zo snel mogelijk weten.',
  'U geeft ons op tijd alle papieren en informatie die wij nodig hebben.',
  'Verandert er iets in uw inkomen, uw vaste lasten, uw woning of uw gezin? Vertel het ons meteen.',
  'U maakt geen nieuwe schulden. Lukt het niet om een rekening te betalen? Neem dan meteen contact met ons op.',
  'U doet de acties uit dit plan waarbij "u" staat, vóór de datum die erbij staat.',
];

/**
 * Draws up a beschikking from the consulent's input.
 *
 * Input: {@link BeschikkingInvoerInput} (parsed here, so a handler may pass the request body as is).
 * Output: {@link BeschikkingInhoud}, the structured content the API returns and the PDF adapter renders.
 *
 * Primary course:
 * 1. Parse the input; invalid input throws a {@link ValidatieFout} naming each field (`gronden` for an afwijzing
 *    without reasons).
 * 2. Write the kop, the besluit and its motivering (Wgs art. 4a; Awb 3:46, 3:47).
 * 3. For a toelating: the plan van aanpak (hulpvraag, ondersteuning, doorverwijzingen, verplichtingen, beslagvrije
 *    voet: Wgs art. 4a lid 5), the begeleidingsplan, the nazorgplan and the procesoverzicht.
 * 4. The bezwaarclausule (Awb 3:45, 6:4, 6:5, 6:7, 6:8, 6:9; Atw art. 1).
 */
export function stelBeschikkingOp(invoer: BeschikkingInvoerInput): BeschikkingInhoud {
  const geparsed = BeschikkingInvoer.safeParse(invoer);
  if (!geparsed.success) {
    const velden = geparsed.error.issues.map((i) => ({
      veld: i.path.map(String).join('.') || '(body)',
      melding: i.message,
    }));
    throw new ValidatieFout(
      ONGELDIGE_BESCHIKKING_INVOER,
      `ongeldige invoer voor de beschikking: ${velden.map((v) => `${v.veld}: ${v.melding}`).join('; ')}`,
      velden,
    );
  }
  const b = geparsed.data;
  return b.besluit === 'toelating' ? toelating(b) : afwijzing(b);
}

function toelating(b: ToelatingInvoer): ToelatingInhoud {
  return {
    soort: 'toelating',
    kop: kop(b),
    aanhef: `Beste ${b.aanvrager.naam},`,
    besluit: besluitToelating(b),
    planVanAanpak: planVanAanpak(b),
    begeleidingsplan: begeleidingsplan(b),
    nazorgplan: nazorgplan(b),
    procesoverzicht: procesoverzicht(b),
    bezwaarclausule: bezwaarclausule(b),
    afsluiting: afsluiting(b),
  };
}

function afwijzing(b: AfwijzingInvoer): AfwijzingInhoud {
  return {
    soort: 'afwijzing',
    kop: kop(b),
    aanhef: `Beste ${b.aanvrager.naam},`,
    besluit: {
      soort: 'afwijzing',
      samenvatting: 'U krijgt geen schuldhulpverlening van de gemeente. Hieronder leest u waarom.',
      motivering: {
        alinea: [
          'U heeft ons om hulp bij uw schulden gevraagd. Wij hebben uw vraag goed bekeken.',
          'Wij wijzen uw aanvraag af. Dit zijn de redenen:',
        ],
        gronden: b.gronden,
        ...(b.triage ? { triage: b.triage } : {}),
        grondslagen: [GRONDSLAGEN.wgs4a, GRONDSLAGEN.awb3_46, GRONDSLAGEN.awb3_47],
      },
    },
    bezwaarclausule: bezwaarclausule(b),
    afsluiting: [
      'Verandert uw situatie? Dan kunt u altijd opnieuw om hulp vragen.',
      `Heeft u vragen over deze brief? Neem dan contact op met ${b.begeleider} van de gemeente ${b.gemeente.naam}. Noem het kenmerk ${b.trajectId}.`,
      ...groet(b),
    ],
  };
}

function kop(b: ToelatingInvoer | AfwijzingInvoer): Kop {
  return {
    gemeente: b.gemeente,
    bestuursorgaan: bestuursorgaan(b),
    datum: b.datum,
    kenmerk: b.trajectId,
    aan: b.aanvrager.naam,
    onderwerp: 'Besluit over uw aanvraag voor hulp bij schulden',
    behandeldDoor: b.begeleider,
    ...(b.contact ? { adres: b.contact.postadres, telefoon: b.contact.telefoon } : {}),
  };
}

function bestuursorgaan(b: ToelatingInvoer | AfwijzingInvoer): string {
  return `het college van burgemeester en wethouders van ${b.gemeente.naam}`;
}

function besluitToelating(b: ToelatingInvoer): Besluit {
  return {
    soort: 'toelating',
    samenvatting: 'U krijgt schuldhulpverlening van de gemeente. In dit besluit staat uw plan van aanpak.',
    motivering: {
      alinea: [
        'U heeft ons om hulp bij uw schulden gevraagd. Wij hebben samen met u gekeken wat u nodig heeft.',
        `Daarvoor gebruikten wij de vragenlijst ${b.triage.instrument.id} (versie ${b.triage.instrument.versie}). Daaruit blijkt dat de route "${b.triage.route}" het best bij u past.`,
        ...(b.triage.redenen.length > 0 ? ['Wij kiezen deze route om deze redenen:'] : []),
      ],
      gronden: [...b.triage.redenen.map((r) => r.tekst), ...(b.gronden ?? [])],
      triage: b.triage,
      grondslagen: [GRONDSLAGEN.wgs4a, GRONDSLAGEN.awb3_46, GRONDSLAGEN.awb3_47],
    },
  };
}

function planVanAanpak(b: ToelatingInvoer): PlanVanAanpak {
  return {
    grondslag: GRONDSLAGEN.wgs4a,
    hulpvraag: {
      inleiding: 'Dit is wat u wilt bereiken. Wij hebben het opgeschreven zoals u het zei:',
      doelen: b.doelen,
    },
    ondersteuning: {
      inleiding: `Dit gaan we doen. U volgt de route "${b.triage.route}". Bij elke actie staat wie het doet en wanneer het klaar moet zijn.`,
      route: b.triage.route,
      acties: [...b.acties].sort((x, y) => x.wanneer.localeCompare(y.wanneer)),
    },
    doorverwijzingen: {
      inleiding:
        b.doelgroepen.length > 0
          ? 'Voor een deel van de hulp verwijzen wij u naar deze organisaties:'
          : 'Wij verwijzen u nu niet door naar een andere organisatie.',
      doelgroepen: b.doelgroepen,
    },
    verplichtingen: {
      inleiding: 'Schuldhulp werkt alleen als we ons allebei aan de afspraken houden. Dit vragen wij van u:',
      punten: [...STANDAARD_VERPLICHTINGEN, ...b.voorwaarden],
    },
    beslagvrijeVoet: {
      tekst:
        'Wij houden ons altijd aan de beslagvrije voet. Dat is het deel van uw inkomen dat u altijd houdt om van te leven. Dat geld gaat niet naar uw schuldeisers (Wgs artikel 4a lid 5).',
      grondslag: GRONDSLAGEN.wgs4aLid5,
    },
  };
}

function begeleidingsplan(b: ToelatingInvoer): Begeleidingsplan {
  return {
    inleiding:
      b.begeleidingsmodules.length > 0
        ? 'Naast de hulp bij uw schulden krijgt u deze begeleiding:'
        : 'U krijgt op dit moment geen extra begeleiding. Heeft u die later toch nodig? Vertel het ons.',
    modules: b.begeleidingsmodules.map((m) => ({ module: m.module, ...MODULES[m.module], waarom: m.waarom })),
  };
}

function nazorgplan(b: ToelatingInvoer): Nazorgplan {
  const maanden = b.nazorg.duurMaanden;
  return {
    duurMaanden: maanden,
    alinea: [
      `Als uw traject klaar is, blijven wij nog ${maanden} maanden bij u betrokken.`,
      'In die tijd letten wij op signalen dat het weer mis dreigt te gaan. Bijvoorbeeld een melding dat u de huur, de energie, het water of de zorgverzekering niet op tijd betaalt.',
      'Krijgen wij zo’n signaal? Dan nemen wij persoonlijk contact met u op om samen te kijken wat u nodig heeft.',
    ],
    wat: b.nazorg.wat,
  };
}

function procesoverzicht(b: ToelatingInvoer): Procesoverzicht {
  const stappen = [...b.procesoverzicht].sort((x, y) => x.deadline.localeCompare(y.deadline));
  return {
    inleiding:
      'Zo ziet uw traject eruit. Bij elke stap staat wanneer die uiterlijk klaar is, en wanneer wij elkaar spreken.',
    stappen: stappen.map((s, i) => ({ ...s, volgende: i === 0 })),
    contactmomenten: [...b.contactmomenten]
      .sort((x, y) => x.datum.localeCompare(y.datum))
      .map((c) => ({ ...c, vormTekst: VORMEN[c.vorm] })),
  };
}

function bezwaarclausule(b: ToelatingInvoer | AfwijzingInvoer): Bezwaarclausule {
  const verzenddatum = b.verzenddatum ?? b.datum;
  // Awb 6:8 lid 1: the term starts the day after the bekendmaking, so six weeks end on the same weekday six weeks
  // after it; Atw art. 1 moves an end on a Saturday, Sunday or feestdag to the next werkdag.
  const uiterlijkOp = volgendeWerkdagAtw(plusWeken(verzenddatum, BEZWAARTERMIJN_WEKEN));
  const orgaan = bestuursorgaan(b);
  return {
    titel: 'Bent u het niet eens met dit besluit?',
    termijnWeken: BEZWAARTERMIJN_WEKEN,
    verzenddatum,
    uiterlijkOp,
    richtAan: orgaan,
    alinea: [
      `Dan kunt u bezwaar maken. Dat moet binnen zes weken. De zes weken beginnen op de dag na de dag waarop wij u deze brief stuurden. Wij stuurden de brief op ${datumVoluit(verzenddatum)}. Uw bezwaar moet dus uiterlijk op ${datumVoluit(uiterlijkOp, true)} bij ons binnen zijn.`,
      `Stuurt u uw bezwaar per post? Dan is het op tijd als u het vóór het einde van de termijn op de post doet en wij het uiterlijk een week later ontvangen.`,
      `Stuur uw bezwaarschrift naar ${orgaan}${b.contact ? `, ${b.contact.bezwaaradres}` : ''}. Vermeld het kenmerk ${b.trajectId}.`,
      'Een bezwaar zet dit besluit niet stil. Is er haast? Dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening.',
      'In uw bezwaarschrift zet u:',
    ],
    inhoudBezwaarschrift: [
      'uw naam en uw adres',
      'de datum',
      `welk besluit u bedoelt: dit besluit van ${datumVoluit(b.datum)} met kenmerk ${b.trajectId}`,
      'waarom u het niet eens bent met het besluit',
      'uw handtekening',
    ],
    grondslagen: [
      GRONDSLAGEN.awb3_45,
      GRONDSLAGEN.awb6_4,
      GRONDSLAGEN.awb6_5,
      GRONDSLAGEN.awb6_7,
      GRONDSLAGEN.awb6_8,
      GRONDSLAGEN.awb6_9,
      GRONDSLAGEN.atw1,
      GRONDSLAGEN.awb8_81,
    ],
  };
}

function afsluiting(b: ToelatingInvoer): string[] {
  return [
    `Heeft u vragen over dit besluit of over uw plan? Neem dan contact op met ${b.begeleider}. Noem het kenmerk ${b.trajectId}.`,
    ...groet(b),
  ];
}

function groet(b: ToelatingInvoer | AfwijzingInvoer): string[] {
  const namens = b.contact ? `${b.contact.ondertekenaar.naam}, ${b.contact.ondertekenaar.functie}` : b.begeleider;
  return ['Met vriendelijke groet,', `${capitaal(bestuursorgaan(b))},`, `namens dezen, ${namens}`];
}

function capitaal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
