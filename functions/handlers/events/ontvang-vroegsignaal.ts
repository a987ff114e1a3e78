// Primary adapter: EventBridge target for nl.schuldhulp.vroegsignalering. Parses the signal with its registry
// schema; an unparseable signal fails the invocation, so EventBridge retries it and then parks it in the rule's
// dead-letter queue (locally the bus's dead-letter list). The log names ids and outcomes, never the BSN or contact.
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { bewaring, events, opslag, pseudoniem, signalen } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { ontvangVroegsignaal } from '../../app/vroegsignalen';
import { VroegsignaalEnvelop } from '../../contracts/vroegsignalen';
import { logger } from '../logger';
import { veldenVan } from './lees-event';
import '../../domain/zod-meldingen';

/** Carries only the paths of what did not parse: the values may be personal data. */
export class OnleesbaarVroegsignaal extends Error {
  constructor(paden: string[]) {
    super(`vroegsignaal voldoet niet aan het schema: ${paden.join(', ')}`);
    this.name = 'OnleesbaarVroegsignaal';
  }
}

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const envelop = VroegsignaalEnvelop.safeParse(event);
    if (!envelop.success) {
      const paden = veldenVan(envelop.error);
      logger.warn('vroegsignaal onleesbaar', { paden });
      throw new OnleesbaarVroegsignaal(paden);
    }
    const uitkomst = await ontvangVroegsignaal(deps(), {
      soort: envelop.data['detail-type'],
      signaal: envelop.data.detail,
    });
    logger.info('vroegsignaal verwerkt', {
      signaalId: envelop.data.detail.metadata.id,
      detailType: envelop.data['detail-type'],
      ...uitkomst,
    });
    return uitkomst;
  });

export const handler = maakHandler(awsBedrading({ opslag, events, pseudoniem, signalen, bewaring }));
