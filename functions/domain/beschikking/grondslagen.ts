// Domain layer: the legal sources a beschikking relies on, each with its rule in plain words.
import type { Grondslag } from './beschikking-inhoud';

/**
 * Wgs: Wet gemeentelijke schuldhulpverlening (as amended 1 January 2021); Awb: Algemene wet bestuursrecht;
 * Atw: Algemene termijnenwet. The Wgs lid numbering follows DESIGN §3.1 (art. 4a, lid 5 for the beslagvrije voet).
 */
export const GRONDSLAGEN = {
  wgs4a: {
    regeling: 'Wgs',
    artikel: '4a',
    inhoud:
      'Het college beslist over de toelating tot schuldhulpverlening. Bij toelating hoort een plan van aanpak met de hulpvraag, de ondersteuning, de organisaties waarnaar wordt doorverwezen en de voorwaarden.',
  },
  wgs4aLid5: {
    regeling: 'Wgs',
    artikel: '4a lid 5',
    inhoud: 'Bij de schuldhulpverlening wordt de beslagvrije voet gerespecteerd.',
  },
  awb3_45: {
    regeling: 'Awb',
    artikel: '3:45',
    inhoud: 'Bij een besluit staat wie bezwaar kan maken, binnen welke termijn en bij wie.',
  },
  awb3_46: { regeling: 'Awb', artikel: '3:46', inhoud: 'Een besluit moet goed gemotiveerd zijn.' },
  awb3_47: {
    regeling: 'Awb',
    artikel: '3:47',
    inhoud: 'De motivering en, zo mogelijk, het wetsartikel staan bij het besluit.',
  },
  awb6_4: {
    regeling: 'Awb',
    artikel: '6:4',
    inhoud: 'Bezwaar maakt u met een bezwaarschrift bij het bestuursorgaan dat het besluit nam.',
  },
  awb6_5: {
    regeling: 'Awb',
    artikel: '6:5',
    inhoud:
      'Een bezwaarschrift is ondertekend en bevat ten minste naam en adres, de datum, een omschrijving van het besluit en de redenen van het bezwaar.',
  },
  awb6_7: { regeling: 'Awb', artikel: '6:7', inhoud: 'De termijn voor bezwaar is zes weken.' },
  awb6_8: {
    regeling: 'Awb',
    artikel: '6:8 lid 1',
    inhoud: 'De termijn begint op de dag na de dag waarop het besluit is bekendgemaakt.',
  },
  awb6_9: {
    regeling: 'Awb',
    artikel: '6:9',
    inhoud:
      'Op tijd is een bezwaarschrift dat voor het einde van de termijn binnen is; per post ook als het voor het einde is verstuurd en uiterlijk een week daarna binnenkomt.',
  },
  awb8_81: {
    regeling: 'Awb',
    artikel: '6:16 en 8:81',
    inhoud:
      'Bezwaar schorst het besluit niet; bij spoed kan de voorzieningenrechter een voorlopige voorziening treffen.',
  },
  atw1: {
    regeling: 'Algemene termijnenwet',
    artikel: '1',
    inhoud:
      'Eindigt een wettelijke termijn op een zaterdag, zondag of feestdag, dan loopt hij door tot de eerstvolgende werkdag.',
  },
} as const satisfies Record<string, Grondslag>;
