// Contracts: the bounds every request body keeps to, in one place. None of these is a legal number: they are the
// system's own limits, chosen so that every accepted request fits the 400 KB DynamoDB item, every later workflow
// Task and every date computation (linear in the days involved).
import * as z from 'zod/mini';
import { isoDatum, isoTijdstip } from '../domain/iso-formaten';
import { Datum } from '../domain/traject/gebeurtenissen';

/**
 * Dates a request may carry: no year 0001 or 9999. A schuldhulptraject under the Wgs (in force 2012) has no
 * fact before 2000, and nothing is planned after 2099; outside that range a date is a typing error.
 */
export const VROEGSTE_DATUM = '2000-01-01';
export const LAATSTE_DATUM = '2099-12-31';

export const VerzoekDatum = /* @__PURE__ */ (() =>
  z.string().check(
    z.maxLength(10, { error: 'verwacht een datum als JJJJ-MM-DD' }),
    z.refine((d) => Datum.safeParse(d).success, { error: 'verwacht een datum als JJJJ-MM-DD', abort: true }),
    z.refine((d) => d >= VROEGSTE_DATUM && d <= LAATSTE_DATUM, {
      error: `verwacht een datum van ${VROEGSTE_DATUM} tot en met ${LAATSTE_DATUM}`,
    }),
  ))();

/** Free text of the consulent or a partner: trimmed, not empty, at most `max` characters. */
export const VerzoekTekst = (max: number, leeg?: string) =>
  z.string().check(z.trim(), z.minLength(1, leeg ? { error: leeg } : undefined), z.maxLength(max));

/** An e-mail address (RFC 5321: at most 254 characters in a path). */
export const VerzoekEmail = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.maxLength(254, { error: 'een e-mailadres is hoogstens 254 tekens' }),
      z.email({ error: 'verwacht een geldig e-mailadres' }),
    ))();

/** At most this many answers in one intake (the largest instrument in use, Mesis, has about 100 questions). */
export const MAX_ANTWOORDEN = 300;
/** Plan van aanpak: bounds per list, so the intake event and the case view stay far under the item limit. */
export const MAX_PLAN = { doelen: 20, acties: 50, begeleidingsmodules: 10, contactmomenten: 20, voorwaarden: 20 };
/**
 * A request body larger than this is refused (413) before parsing: 6 MB is the payload limit of a synchronous
 * Lambda invocation (AWS Lambda quotas), so nothing larger reaches a function in AWS either. Below it the schema
 * names the field that is too long (an intake with 100,000 acties is a 400 at `/plan/acties`).
 */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;
/** Error details quote input at most this long. */
export const MAX_MELDING_TEKENS = 300;

/*
 * Inbound events (partner messages, vroegsignalen, and our own events where a Lambda consumes them): the same kind
 * of bounds, so an event over a limit is refused by its ingest with the field named (and parked in the DLQ with
 * that reason) instead of breaking a DynamoDB key (2 KB), an item (400 KB) or a Task further on.
 */
/** An event id: ours are `<trajectId>/<volgnummer>` (about 45 characters), a partner's at most this. */
export const EventId = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(200)))();
/** A traject id as events carry it (ours are UUIDs; a partner echoes the one we sent). */
export const EventTrajectId = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(100)))();
/** A correlation id: a request id or an execution ARN (about 120 characters), possibly empty. */
export const CorrelatieId = /* @__PURE__ */ (() => z.string().check(z.maxLength(500)))();
/** A date in an event: the same range as in a request, an ISO date by format (so the catalogue shows it as one). */
export const EventDatum = /* @__PURE__ */ (() =>
  isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }).check(
    z.refine((d) => d >= VROEGSTE_DATUM && d <= LAATSTE_DATUM, {
      error: `verwacht een datum van ${VROEGSTE_DATUM} tot en met ${LAATSTE_DATUM}`,
    }),
  ))();
/** A CBS gemeentecode. */
export const Gemeentecode = /* @__PURE__ */ (() => z.string().check(z.maxLength(4), z.regex(/^\d{4}$/)))();
/** An instant as EventBridge and ISO 8601 write it (`2026-03-09T08:00:00.000+01:00` is 29 characters). */
export const Tijdstip = /* @__PURE__ */ (() => isoTijdstip({ offset: true }).check(z.maxLength(40)))();
/** Creditors on one case, as numbered in events (the average case has 13; a system limit, not a legal one). */
export const MAX_SCHULDEISERS = 10_000;
/** A code-like name (a workflow, a state, a message id of ours): at most this long. */
export const Code = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
