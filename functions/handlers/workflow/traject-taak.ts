// Primary adapter: the shape every workflow Task Lambda shares: parse the case id (ids only, no personal data in the
// execution), run one use case, log the outcome without personal data.
import middy from '@middy/core';
import type { Afhankelijkheden } from '../../app/poorten';
import { logger } from '../logger';
import { TrajectInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

export function trajectTaak<R extends Record<string, unknown>>(
  naam: string,
  deps: () => Afhankelijkheden,
  voerUit: (deps: Afhankelijkheden, opdracht: { trajectId: string; correlatieId: string }) => Promise<R>,
) {
  return middy().handler(async (event: unknown) => {
    const invoer = TrajectInvoer.parse(event);
    const resultaat = await voerUit(deps(), {
      trajectId: invoer.trajectId,
      correlatieId: invoer.executie ?? invoer.trajectId,
    });
    logger.info(naam, { trajectId: invoer.trajectId, ...resultaat });
    return resultaat;
  });
}
