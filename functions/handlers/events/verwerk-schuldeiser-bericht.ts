// Primary adapter: EventBridge target for the `nl.schuldhulp.schuldenknooppunt` events: validates one creditor
// message and applies it to the case. A message that does not parse, or names an unknown case or creditor, throws
// with its reason: after the retries it is parked in the dead-letter queue (in AWS the function's on-failure queue,
// with the reason in its ErrorMessage attribute; locally `GET /_local/dlq`), redrivable, never dropped.
import middy from '@middy/core';
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, schuldenknooppunt, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { verwerkSchuldeiserBericht } from '../../app/verwerk-schuldeiser-bericht';
import {
  type BerichtSoort,
  KNOOPPUNT_BRON,
  SchuldenknooppuntBerichten,
} from '../../contracts/schuldenknooppunt-berichten';
import { ValidatieFout } from '../../domain/fouten';
import { logger } from '../logger';
import { veldenVan } from './lees-event';
import '../../domain/zod-meldingen';

const Envelop = z.object({
  source: z.literal(KNOOPPUNT_BRON),
  'detail-type': z.string().check(z.maxLength(100)),
  detail: z.unknown(),
});

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const envelop = Envelop.safeParse(event);
    if (!envelop.success) throw new ValidatieFout('BERICHT_ONGELDIG', 'geen Schuldenknooppunt-bericht');
    const soort = envelop.data['detail-type'];
    if (!Object.hasOwn(SchuldenknooppuntBerichten, soort)) {
      throw new ValidatieFout('BERICHT_ONBEKEND', `onbekend berichttype ${soort.slice(0, 60)}`);
    }
    const schema = SchuldenknooppuntBerichten[soort as BerichtSoort];
    const detail = schema.safeParse(envelop.data.detail);
    if (!detail.success) {
      // Field paths and rules only: the values may hold personal data.
      throw new ValidatieFout('BERICHT_ONGELDIG', `${soort}: ongeldige velden ${veldenVan(detail.error).join(', ')}`);
    }
    const uitkomst = await verwerkSchuldeiserBericht(deps(), soort as BerichtSoort, detail.data);
    logger.info('schuldeiserbericht verwerkt', {
      trajectId: detail.data.data.trajectId,
      berichtId: detail.data.metadata.id,
      soort,
      ...uitkomst,
    });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, schuldenknooppunt }));
