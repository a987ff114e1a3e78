// Contracts: request and response bodies of the counsellor's routes (my cases, the team, search, the journal,
// corrections, hand-over). The OpenAPI document is generated from these, like from api.ts.
import * as z from 'zod/mini';
import { DocumentSoort, DocumentType, Kanaal } from '../domain/journaal/journaal-gebeurtenissen';
import { Adres, Bsn, Huishouden } from '../domain/persoon/persoon-gebeurtenissen';
import { MIN_PREFIX } from '../domain/persoon/zoektokens';
import { ContactVelden, Datum, Fase, Stap } from '../domain/traject/gebeurtenissen';

const Tekst = (max: number, verplicht = 'dit veld is verplicht') =>
  z.string().check(z.trim(), z.minLength(1, { error: verplicht }), z.maxLength(max));
const Sub = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1), z.maxLength(200)))();
const Max = (standaard: number) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), standaard);

export const TrajectenQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    /** `me` (the caller), a consulent's sub, or `niemand` (cases without a begeleider yet). */
    begeleider: z._default(Sub, 'me'),
    fase: z.optional(Fase),
    status: z._default(z.enum(['lopend', 'afgesloten']), 'lopend'),
    max: Max(50),
    cursor: z.optional(z.string().check(z.maxLength(2000))),
  }))();

export const TrajectRij = /* @__PURE__ */ (() =>
  z.object({
    trajectId: z.string(),
    naam: z.string(),
    fase: Fase,
    stap: z.nullable(Stap),
    deadline: z.nullable(Datum),
    /** The current step's deadline status today: open, binnenkort (5 werkdagen) or overschreden. */
    termijn: z.nullable(z.enum(['open', 'binnenkort', 'overschreden'])),
    begeleider: z.nullable(z.string()),
    ontvangenOp: Datum,
    afgesloten: z.boolean(),
    volgendContactmoment: z.nullable(z.object({ nummer: z.int(), datum: Datum, wat: z.string() })),
  }))();

export const TrajectenAntwoord = /* @__PURE__ */ (() =>
  z.object({ items: z.array(TrajectRij), cursor: z.optional(z.string()) }))();

export const TeamAntwoord = /* @__PURE__ */ (() =>
  z.object({
    vandaag: Datum,
    weekTot: Datum,
    consulenten: z.array(
      z.object({
        begeleider: z.nullable(z.string()),
        openTrajecten: z.int(),
        stappenDezeWeek: z.int(),
        overschredenStappen: z.int(),
        oudsteOverschrijding: z.nullable(z.object({ trajectId: z.string(), stap: Stap, deadline: Datum })),
      }),
    ),
  }))();

/** In the body, not the query string: a name or phone number in a URL ends up in access logs. */
export const ZoekVerzoek = /* @__PURE__ */ (() =>
  z
    .strictObject({
      naam: z.optional(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(MIN_PREFIX, { error: `geef minstens ${MIN_PREFIX} letters van de naam` }),
            z.maxLength(200),
            z.regex(/[a-zA-Z\u00C0-\u024F]{2}/, { error: `geef minstens ${MIN_PREFIX} letters van de naam` }),
          ),
      ),
      telefoon: z.optional(
        z.string().check(z.trim(), z.regex(/^\+?[0-9 ()-]{8,20}$/, { error: 'verwacht een telefoonnummer' })),
      ),
      email: z.optional(z.email({ error: 'verwacht een e-mailadres' }).check(z.maxLength(254))),
      geboortedatum: z.optional(Datum),
      bsn: z.optional(Bsn),
      max: z._default(z.int().check(z.minimum(1), z.maximum(100)), 25),
    })
    .check(
      z.refine(
        (v) => [v.naam, v.telefoon, v.email, v.geboortedatum, v.bsn].filter((x) => x !== undefined).length === 1,
        {
          error: 'zoek op precies één van: naam, telefoon, email, geboortedatum, bsn',
          path: ['naam'],
        },
      ),
    ))();
export type ZoekVerzoek = z.infer<typeof ZoekVerzoek>;

export const ContactmomentenQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    /** `me` (the caller), a consulent's sub, or `niemand`. */
    begeleider: z._default(Sub, 'me'),
    tot: z.optional(Datum),
    max: Max(100),
  }))();

export const ContactmomentenAntwoord = /* @__PURE__ */ (() =>
  z.object({
    items: z.array(
      z.object({
        trajectId: z.string(),
        nummer: z.int(),
        datum: Datum,
        wat: z.string(),
        begeleider: z.nullable(z.string()),
        status: z.enum(['gepland', 'verstreken']),
      }),
    ),
  }))();

export const ContactmomentVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    datum: Datum,
    kanaal: Kanaal,
    met: Tekst(200, 'met wie was het contact?'),
    samenvatting: Tekst(4000, 'een samenvatting is verplicht'),
    /** The number of the plan's planned contact moment this one fulfils; without it, one planned on the same date. */
    gepland: z.optional(z.int().check(z.positive(), z.maximum(1000))),
  }))();

export const ContactmomentAntwoord = /* @__PURE__ */ (() =>
  z.object({ id: z.string(), gepland: z.nullable(z.int()) }))();

export const NotitieVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({ tekst: Tekst(8000, 'een notitie heeft tekst') }))();

/** 4 MiB in base64 is 5,592,408 characters (4/3, rounded up to whole groups of four). */
const MAX_BASE64 = Math.ceil((4 * 1024 * 1024) / 3) * 4;

export const DocumentVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    soort: DocumentSoort,
    /** The date on the document (a loonstrook's month, a letter's date). */
    datum: Datum,
    omschrijving: z.optional(Tekst(500)),
    contentType: DocumentType,
    /** The file, base64-encoded (standard alphabet, with padding). */
    inhoud: z
      .string()
      .check(
        z.minLength(4),
        z.maxLength(MAX_BASE64, { error: 'een document is hoogstens 4 MiB' }),
        z.regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'verwacht base64' }),
      ),
  }))();

export const DocumentAntwoord = /* @__PURE__ */ (() => z.object({ id: z.string(), href: z.string() }))();

export const PersoonVerzoek = /* @__PURE__ */ (() =>
  z
    .strictObject({
      naam: z.optional(ContactVelden.naam),
      /** `null` removes the number (as long as the person stays reachable by e-mail). */
      telefoon: z.optional(z.nullable(ContactVelden.telefoon.def.innerType)),
      email: z.optional(z.nullable(ContactVelden.email.def.innerType)),
      bsn: z.optional(Bsn),
      geboortedatum: z.optional(Datum),
      adres: z.optional(Adres),
      huishouden: z.optional(Huishouden),
    })
    .check(
      z.refine((v) => Object.keys(v).length > 0, { error: 'noem minstens één gegeven om te wijzigen', path: ['naam'] }),
    ))();

export const PersoonAntwoord = /* @__PURE__ */ (() => z.object({ velden: z.array(z.string()) }))();

const Reden = /* @__PURE__ */ Tekst(1000, 'een correctie heeft een reden');

export const CorrectieVerzoek = /* @__PURE__ */ (() =>
  z.discriminatedUnion('feit', [
    z.strictObject({ feit: z.literal('eerste-gesprek.datum'), nieuw: Datum, reden: Reden }),
    z.strictObject({
      feit: z.literal('intake.antwoord'),
      vraag: Tekst(100),
      nieuw: z.union([
        z.string().check(z.maxLength(1000)),
        z.number(),
        z.boolean(),
        z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
      ]),
      reden: Reden,
    }),
  ]))();

export const CorrectieAntwoord = /* @__PURE__ */ (() => z.object({ gecorrigeerd: z.boolean() }))();

export const OverdrachtVerzoek = /* @__PURE__ */ (() => z.strictObject({ naar: Sub, reden: z.optional(Tekst(500)) }))();

export const OverdrachtAntwoord = /* @__PURE__ */ (() => z.object({ begeleider: z.string() }))();
