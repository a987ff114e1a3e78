// Infrastructure: how long each kind of data is kept. The technical terms below are set by this stack (the stacks use
// these constants); the legal term of a case file is the gemeente's to set: no readable source settles it (the Wgs
// and the Besluit set none, the Selectielijst gemeenten leaves the dossier term to the gemeente's own list, the AP
// asks "not longer than necessary"), so it is configuration without a default (DESIGN 2.2).
import { Duration } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';

export interface Bewaartermijn {
  categorie: string;
  waar: string;
  termijn: string;
  bron: string;
}

/** Lambda, Step Functions and API access logs (ids, codes, no personal data). */
export const LOG_RETENTIE = logs.RetentionDays.THREE_MONTHS;
/** The bus archive of `nl.schuldhulp.traject` events (ids, steps, dates), for replay. */
export const EVENT_ARCHIEF_RETENTIE = Duration.days(365);
/** Events and invocations that could not be delivered, waiting for a redrive. */
export const DLQ_RETENTIE = Duration.days(14);
/** S3 server access logs of the documents bucket. */
export const TOEGANGSLOG_RETENTIE = Duration.days(365);

export const bewaartermijnen: readonly Bewaartermijn[] = [
  {
    categorie: 'Dossier: historie, momentopname, documenten (beschikking)',
    waar: 'DynamoDB (case items), S3 (beschikkingen)',
    termijn: 'per gemeente te configureren, geen standaard; na afsluiting krijgt het dossier een vervaldatum (TTL)',
    bron: 'geen leesbare bron stelt de termijn vast: Wgs en Besluit noemen er geen, de Selectielijst gemeenten laat dossiertermijnen aan de gemeente (DESIGN 2.2)',
  },
  {
    categorie: 'Persoonsindex (sleutelhash van contact/BSN)',
    waar: 'DynamoDB (GSI-items)',
    termijn: 'zo lang als het dossier waar de index naar wijst',
    bron: 'volgt het dossier (DESIGN 2.2)',
  },
  {
    categorie: 'Anonieme statistiek (doorlooptijden, DDAS/CBS-projectie)',
    waar: 'afgeleid uit de historie',
    termijn: 'overleeft de verwijdering van het dossier',
    bron: 'DESIGN 2.2: anonymous statistics survive the purge',
  },
  {
    categorie: 'Logregels (Lambda, Step Functions, API-toegangslog)',
    waar: 'CloudWatch Logs',
    termijn: `${LOG_RETENTIE} dagen`,
    bron: 'infra/bewaartermijnen.ts LOG_RETENTIE (keuze van de stack: genoeg voor een incidentonderzoek)',
  },
  {
    categorie: 'Domeinevents (ids, stappen, datums)',
    waar: 'EventBridge-archief',
    termijn: `${EVENT_ARCHIEF_RETENTIE.toDays()} dagen`,
    bron: 'infra/bewaartermijnen.ts EVENT_ARCHIEF_RETENTIE (keuze van de stack: replay na een storing)',
  },
  {
    categorie: 'Niet-afgeleverde events en aanroepen',
    waar: 'SQS dead-letter queues',
    termijn: `${DLQ_RETENTIE.toDays()} dagen`,
    bron: 'infra/bewaartermijnen.ts DLQ_RETENTIE (het maximum van SQS)',
  },
  {
    categorie: 'Toegangslog van de documentenbucket',
    waar: 'S3',
    termijn: `${TOEGANGSLOG_RETENTIE.toDays()} dagen`,
    bron: 'infra/bewaartermijnen.ts TOEGANGSLOG_RETENTIE (keuze van de stack)',
  },
];
