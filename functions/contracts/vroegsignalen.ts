// Contracts: the vroegsignalen that partners put on the bus (source nl.schuldhulp.vroegsignalering). One registry
// object, one zod schema per detail-type: the ingest parses with it, the AsyncAPI generator reads it.
//
// Sources for the fields:
// - Wgs art. 3a: the college receives signals of payment arrears from the partners named in the Besluit and acts on
//   them (vroegsignalering).
// - Besluit gemeentelijke schuldhulpverlening (Stb. 2020, 240) art. 2 (huurachterstand): the verhuurder gives the
//   huurder's contactgegevens and the hoogte van de achterstand, only after it (a) made an effort to get in personal
//   contact, (b) pointed the huurder to schuldhulpverlening, (c) sent at least one written reminder and (d) offered
//   in that reminder to pass the contact details on, without the huurder reacting. Articles 3–5 do the same for
//   energie, drinkwater and the zorgverzekering (read: art. 2 in full; art. 3–5 by their headings, to verify per
//   article). The four conditions are therefore required literals: a signal without them is not a lawful signal.
// - The amount is sent as a band, not an amount: the college needs the size to prioritise, not the number, and a band
//   keeps an amount tied to a person out of the bus (DESIGN 2.2).
import * as z from 'zod/mini';
import '../domain/zod-meldingen';
import { EventDatum, Gemeentecode, Tijdstip, VerzoekEmail, VerzoekTekst } from './invoer-grenzen';

export const VROEGSIGNALERING_BRON = 'nl.schuldhulp.vroegsignalering';

// Every field bounded, every object strict (invoer-grenzen): what is over a limit is parked with the field named.
const Dag = EventDatum;
const Tekst = (max: number) => VerzoekTekst(max);

export const BedragKlasse = /* @__PURE__ */ z.enum(['tot-250', '250-500', '500-1000', '1000-2500', 'vanaf-2500']);

/** The person: by BSN, or by a pseudonym the partner keeps for this person (never both needed). */
export const SignaalPersoon = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({
      bsn: z.string().check(z.maxLength(9), z.regex(/^\d{9}$/, { error: 'verwacht een BSN van 9 cijfers' })),
    }),
    z.strictObject({ pseudoniem: Tekst(200) }),
  ]))();

const Contact = /* @__PURE__ */ (() =>
  z.strictObject({
    naam: Tekst(200),
    telefoon: z.optional(z.string().check(z.maxLength(40), z.trim(), z.regex(/^\+?[0-9 ()-]{8,20}$/))),
    email: z.optional(VerzoekEmail),
    adres: z.optional(
      z.strictObject({
        straat: Tekst(200),
        huisnummer: Tekst(20),
        postcode: z.string().check(z.maxLength(7), z.regex(/^\d{4} ?[A-Z]{2}$/)),
        woonplaats: Tekst(100),
      }),
    ),
  }))();

/** Besluit art. 2 lid a–d (and 3–5): what the partner did before it may signal. */
const Voorwaarden = /* @__PURE__ */ (() =>
  z.strictObject({
    persoonlijkContactGezocht: z.literal(true),
    gewezenOpSchuldhulp: z.literal(true),
    schriftelijkeHerinnering: z.literal(true),
    aanbodGegevensverstrekking: z.literal(true),
  }))();

function signaal<P extends readonly [string, ...string[]]>(partners: P) {
  return z.strictObject({
    metadata: z.strictObject({
      /** The signal id, unique per partner; the ingest is idempotent on it. */
      id: Tekst(100),
      occurredAt: Tijdstip,
      gemeente: Gemeentecode,
      correlationId: z.optional(Tekst(100)),
      version: z.literal(1),
    }),
    data: z.strictObject({
      partner: z.strictObject({ soort: z.enum(partners), naam: Tekst(200) }),
      signaalSoort: z.enum(['betalingsachterstand', 'dreigende-afsluiting', 'opzegging', 'ontruiming']),
      /** The date of the signal (the arrears as the partner saw them). */
      datum: Dag,
      /** Since when the arrears run (zorg: 30–100 days; the others from 30 days, DESIGN 3.2a). */
      achterstandSinds: Dag,
      bedragKlasse: BedragKlasse,
      persoon: SignaalPersoon,
      contact: Contact,
      voorwaarden: Voorwaarden,
    }),
  });
}

/** Every detail-type partners may send, with its schema. */
export const VroegsignaalEvents = /* @__PURE__ */ (() =>
  ({
    huurachterstand: signaal(['woningcorporatie', 'verhuurder'] as const),
    energieachterstand: signaal(['energie'] as const),
    drinkwaterachterstand: signaal(['drinkwater'] as const),
    zorgpremieachterstand: signaal(['zorgverzekeraar'] as const),
  }) as const)();

export type VroegsignaalType = keyof typeof VroegsignaalEvents;
export type Vroegsignaal = z.infer<(typeof VroegsignaalEvents)[VroegsignaalType]>;

/** The envelope as EventBridge delivers it. */
export const VroegsignaalEnvelop = /* @__PURE__ */ (() =>
  z.discriminatedUnion('detail-type', [
    z.object({
      source: z.literal(VROEGSIGNALERING_BRON),
      'detail-type': z.literal('huurachterstand'),
      detail: VroegsignaalEvents.huurachterstand,
    }),
    z.object({
      source: z.literal(VROEGSIGNALERING_BRON),
      'detail-type': z.literal('energieachterstand'),
      detail: VroegsignaalEvents.energieachterstand,
    }),
    z.object({
      source: z.literal(VROEGSIGNALERING_BRON),
      'detail-type': z.literal('drinkwaterachterstand'),
      detail: VroegsignaalEvents.drinkwaterachterstand,
    }),
    z.object({
      source: z.literal(VROEGSIGNALERING_BRON),
      'detail-type': z.literal('zorgpremieachterstand'),
      detail: VroegsignaalEvents.zorgpremieachterstand,
    }),
  ]))();
