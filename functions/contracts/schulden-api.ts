// Contracts: request and response bodies of the schulden on a case and the creditor decision (Plaatje compleet).
import * as z from 'zod/mini';
import { SchuldregelingVerzoek } from '../domain/geld/schemas';
import { AntwoordSoort, Ronde, SchuldCategorie } from '../domain/schulden/schuld-gebeurtenissen';
import { Datum } from '../domain/traject/gebeurtenissen';

const Tekst = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** One claim as first known. `schuldeiserId` is the consulent's key for the creditor on this case (a replay key). */
export const SchuldVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    schuldeiserId: z.string().check(
      z.regex(/^[A-Za-z0-9._-]{1,100}$/, {
        error: 'schuldeiserId: 1 tot 100 letters, cijfers, punt, streep of laag streepje',
      }),
    ),
    naam: Tekst(200),
    referentie: Tekst(100),
    categorie: SchuldCategorie,
    soort: z.enum(['preferent', 'concurrent'], { error: 'soort moet preferent of concurrent zijn' }),
    /** Convenant Lokale Overheid (gemeenten, waterschappen, belasting- en kredietsamenwerkingen, since April 2022). */
    lokaleOverheid: z._default(z.boolean(), false),
    /** The claim is in the hands of a gerechtsdeurwaarder. */
    deurwaarder: z._default(z.boolean(), false),
    bedragCent: z.int().check(z.positive(), z.maximum(100_000_000_00)),
    /** Day the claim became known; default today. */
    bekendOp: z.optional(Datum),
  }))();
export type SchuldVerzoek = z.infer<typeof SchuldVerzoek>;

export const SchuldWeergave = /* @__PURE__ */ (() =>
  z.object({
    nr: z.int(),
    schuldeiserId: z.string(),
    naam: z.string(),
    referentie: z.string(),
    categorie: SchuldCategorie,
    soort: z.enum(['preferent', 'concurrent']),
    lokaleOverheid: z.boolean(),
    deurwaarder: z.boolean(),
    /** The claim as first known. */
    bedragCent: z.int(),
    bekendOp: Datum,
    /** The balance from the creditor's saldo-opgave, when it answered. */
    saldoCent: z.nullable(z.int()),
    /** What the betaalvoorstel offers this creditor, once there is one. */
    aanbodCent: z.nullable(z.int()),
    status: z.enum([
      'geregistreerd',
      'saldo-gevraagd',
      'saldo-bekend',
      'voorstel-verzonden',
      'heroverweging-verzonden',
      'akkoord',
      'afgewezen',
      'heroverweging-gevraagd',
      'geen-medewerking',
      'geen-reactie',
    ]),
    /** The round now running with this creditor and its answer deadline (10 werkdagen, Schuldenknooppunt). */
    ronde: z.nullable(z.object({ ronde: Ronde, verzondenOp: Datum, deadline: Datum, herinnerd: z.boolean() })),
    laatsteAntwoord: z.nullable(z.object({ soort: AntwoordSoort, op: Datum, reden: z.optional(z.string()) })),
    termijnen: z.array(
      z.object({ ronde: Ronde, deadline: Datum, gevolg: z.optional(z.enum(['herinnering', 'geen-reactie'])) }),
    ),
  }))();

export const SchuldenAntwoord = /* @__PURE__ */ (() =>
  z.object({
    schulden: z.array(SchuldWeergave),
    totaalBekendCent: z.int(),
    saldoverzoekenOp: z.nullable(Datum),
    uitkomst: z.nullable(
      z.object({
        uitkomst: z.enum(['akkoord', 'afgewezen']),
        op: Datum,
        oplossing: z.optional(z.string()),
        weigeraars: z.array(z.int()),
      }),
    ),
    keuze: z.nullable(
      z.object({
        keuze: z.enum(['dwangakkoord', 'wsnp']),
        op: Datum,
        motivering: z.string(),
        weigeraars: z.array(z.int()),
      }),
    ),
  }))();
export type SchuldenAntwoord = z.infer<typeof SchuldenAntwoord>;

/**
 * After a refusal that stands: the consulent's choice. Art. 287a Fw: a verzoek dwangakkoord is made together with the
 * WSNP request; `motivering` holds why the refusal is unreasonable (what the court weighs).
 */
export const KeuzeVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    keuze: z.enum(['dwangakkoord', 'wsnp']),
    motivering: Tekst(4000),
    datum: z.optional(Datum),
  }))();
export type KeuzeVerzoek = z.infer<typeof KeuzeVerzoek>;

/**
 * POST /trajecten/{id}/berekeningen: the whole calculation, where `schulden` may be left out when the claims are
 * registered on the case (POST /trajecten/{id}/schulden): then they come from there, with the balances as the
 * creditors answered them. The body with `schulden` keeps working for a case without registered claims.
 */
export const BerekeningVastleggenVerzoek = /* @__PURE__ */ (() =>
  z.extend(SchuldregelingVerzoek, {
    schulden: z.optional(SchuldregelingVerzoek.shape.schulden),
  }))();
export type BerekeningVastleggenVerzoek = z.infer<typeof BerekeningVastleggenVerzoek>;
