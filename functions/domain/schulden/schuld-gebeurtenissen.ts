// Domain layer: the history events of the schulden on a case and the Schuldenknooppunt exchange (Plaatje compleet).
// Kept here, beside their fold, so the traject core only dispatches to them (CONVENTIONS "Growing the case").
import * as z from 'zod/mini';
import { isoDatum } from '../iso-formaten';

const Datum = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();
const Tekst = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** The debt categories of the Schuldenknooppunt (DESIGN 3.2a) and the DDAS Schuld. */
export const SchuldCategorie = /* @__PURE__ */ z.enum(['zorg', 'publiek', 'nuts', 'overig']);
export type SchuldCategorie = z.infer<typeof SchuldCategorie>;

/** A claim as first known on the case: who, which reference, what kind, how much. */
export const SchuldRegistratie = /* @__PURE__ */ (() =>
  z.object({
    /** Position in registration order (1, 2, …): the only creditor key that goes into executions and bus events. */
    nr: z.int().check(z.positive()),
    schuldeiserId: z.string().check(z.minLength(1), z.maxLength(100)),
    naam: Tekst(200),
    referentie: Tekst(100),
    categorie: SchuldCategorie,
    soort: z.enum(['preferent', 'concurrent']),
    /** Convenant Lokale Overheid (since April 2022): pauses collection, agrees in advance to NVVK proposals. */
    lokaleOverheid: z.boolean(),
    /** The claim is with a gerechtsdeurwaarder. */
    deurwaarder: z.boolean(),
    bedragCent: z.int().check(z.positive()),
    bekendOp: Datum,
  }))();
export type SchuldRegistratie = z.infer<typeof SchuldRegistratie>;

/** The messages we send through the Schuldenknooppunt (DESIGN 3.2a). */
export const UitgaandBericht = /* @__PURE__ */ z.enum([
  'kennisgeving-saldoverzoek',
  'betaalvoorstel',
  'heroverweging',
  'herinnering',
  'statusbericht',
  'schuldregeling-akkoord',
  'schuldregeling-beeindigd',
]);
export type UitgaandBericht = z.infer<typeof UitgaandBericht>;

/** A round of the exchange: each waits per creditor for one answer, 10 werkdagen (schuldeiser-reactie). */
export const Ronde = /* @__PURE__ */ z.enum(['saldo', 'voorstel', 'heroverweging']);
export type Ronde = z.infer<typeof Ronde>;

/** What a creditor can answer (the inbound `nl.schuldhulp.schuldenknooppunt` messages). */
export const AntwoordSoort = /* @__PURE__ */ z.enum([
  'saldo-opgave',
  'akkoord',
  'afwijzing',
  'geen-medewerking',
  'heroverwegingsverzoek',
  'vooraf-akkoord',
  'statusverzoek',
]);
export type AntwoordSoort = z.infer<typeof AntwoordSoort>;

export const SchuldGebeurtenissen = /* @__PURE__ */ (() =>
  [
    z.object({ type: z.literal('schuld-geregistreerd'), data: SchuldRegistratie }),
    z.object({
      type: z.literal('schuldeisers-aangeschreven'),
      /**
       * One message to each creditor in `nrs` (one event for the batch: one write per round, not per creditor), each
       * with its own answer deadline. `convenant`: creditors recorded as agreeing without waiting (Convenant Lokale
       * Overheid, or a vooraf-akkoord); at the Kennisgeving, the creditors that pause collection under the convenant.
       */
      data: z.object({
        ronde: Ronde,
        op: Datum,
        deadline: Datum,
        nrs: z.array(z.int().check(z.positive())),
        convenant: z.array(z.int().check(z.positive())),
      }),
    }),
    z.object({
      type: z.literal('schuldeiser-antwoord-ontvangen'),
      data: z.object({
        /** The message id of the Schuldenknooppunt: a message is applied once. */
        berichtId: z.string().check(z.minLength(1), z.maxLength(200)),
        nr: z.int().check(z.positive()),
        soort: AntwoordSoort,
        op: Datum,
        /** saldo-opgave: the balance as the creditor states it. */
        bedragCent: z.optional(z.int().check(z.nonnegative())),
        reden: z.optional(z.string().check(z.maxLength(1000))),
      }),
    }),
    z.object({
      type: z.literal('schuldeiser-termijn-verstreken'),
      /** The creditor did not answer in time: a reminder with a new deadline, or after that `geen-reactie`. */
      data: z.object({
        nr: z.int().check(z.positive()),
        ronde: Ronde,
        deadline: Datum,
        gevolg: z.enum(['herinnering', 'geen-reactie']),
        nieuweDeadline: z.optional(Datum),
      }),
    }),
    z.object({
      type: z.literal('schuldregeling-uitkomst'),
      /**
       * The outcome of the offer: everyone agreed (the saneringskrediet or schuldbemiddeling starts), or a refusal
       * stands after the heroverweging (the consulent chooses between a verzoek dwangakkoord and a WSNP request).
       */
      data: z.object({
        uitkomst: z.enum(['akkoord', 'afgewezen']),
        op: Datum,
        oplossing: z.optional(z.enum(['saneringskrediet', 'schuldbemiddeling'])),
        weigeraars: z.array(z.int().check(z.positive())),
      }),
    }),
    z.object({
      type: z.literal('dwangakkoord-wsnp-keuze'),
      /**
       * Art. 287a Fw: a verzoek dwangakkoord goes to the court together with the WSNP request (art. 284 Fw); the court
       * needs who refuses, what they were offered and why the refusal is unreasonable. `wsnp`: the request alone.
       */
      data: z.object({
        keuze: z.enum(['dwangakkoord', 'wsnp']),
        op: Datum,
        motivering: Tekst(4000),
        weigeraars: z.array(z.int().check(z.positive())),
      }),
    }),
  ] as const)();
