// Contracts: the creditor messages that come in from the Schuldenknooppunt as `nl.schuldhulp.schuldenknooppunt`
// events. The integration that speaks the hub's protocol (SOAP with PKIoverheid certificates) publishes one event per
// message; the ingest Lambda validates it against these schemas. The AsyncAPI document reads this registry.
import * as z from 'zod/mini';
import { EventDatum, EventId, EventTrajectId, Gemeentecode, Tijdstip, VerzoekTekst } from './invoer-grenzen';

export const KNOOPPUNT_BRON = 'nl.schuldhulp.schuldenknooppunt';

/** Every field bounded, every object strict (invoer-grenzen): what is over a limit is parked with the field named. */
export const KnooppuntMetadata = z.strictObject({
  /** The hub's message id: stable across redeliveries; the ingest applies a message once. */
  id: EventId,
  occurredAt: Tijdstip,
  /** The gemeente (CBS code) whose schuldhulpverlener the message is addressed to. */
  gemeente: Gemeentecode,
  correlationId: z.string().check(z.maxLength(200)),
  version: z.literal(1),
});

function bericht<T extends z.core.$ZodShape>(data: T) {
  return z.strictObject({
    metadata: KnooppuntMetadata,
    data: z.strictObject({
      /** Our dossier: the traject id we sent with the Kennisgeving. */
      trajectId: EventTrajectId,
      /** The creditor as registered on the case (`schuldeiserId` of POST /trajecten/{id}/schulden). */
      schuldeiserId: z.string().check(z.minLength(1), z.maxLength(100)),
      /** Day the creditor sent it (a date in the system's range, not year 0001 or 9999). */
      datum: EventDatum,
      ...data,
    }),
  });
}

const Reden = VerzoekTekst(1000);

/**
 * Every inbound message type: its detail-type and detail schema (Schuldenknooppunt, DESIGN 3.2a). The saldo-opgave
 * carries the balance: the one amount that crosses the bus, inbound only, encrypted with the bus's key; it goes into
 * the case store and never into an execution or a published event of ours.
 */
export const SchuldenknooppuntBerichten = {
  /** Answer to the saldoverzoek: the balance of the claim. */
  'saldo-opgave': bericht({ bedragCent: z.int().check(z.nonnegative(), z.maximum(100_000_000_00)) }),
  /** Answer to the betaalvoorstel or the heroverweging: agreed. */
  akkoord: bericht({}),
  /** Answer to the betaalvoorstel or the heroverweging: refused, with the creditor's reason. */
  afwijzing: bericht({ reden: Reden }),
  /** The creditor will not take part in a minnelijke regeling, with its reason. */
  'geen-medewerking': bericht({ reden: Reden }),
  /** The creditor asks us to reconsider the offer. */
  heroverwegingsverzoek: bericht({ reden: z.optional(Reden) }),
  /** The creditor agrees in advance to any offer by the NVVK standard. */
  'vooraf-akkoord': bericht({}),
  /** The creditor asks how the case stands; we answer with a statusbericht. */
  statusverzoek: bericht({}),
} as const;

export type BerichtSoort = keyof typeof SchuldenknooppuntBerichten;
export type KnooppuntBericht<T extends BerichtSoort = BerichtSoort> = z.infer<(typeof SchuldenknooppuntBerichten)[T]>;

export const BerichtSoorten = Object.keys(SchuldenknooppuntBerichten) as BerichtSoort[];
