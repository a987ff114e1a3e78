// Primary adapter: POST /vroegsignalen/{id}/aanmelding.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, outbox, pseudoniem, signalen } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { meldAanVanuitSignaal } from '../../app/vroegsignalen';
import { NietGevondenFout } from '../../domain/fouten';
import { httpHandler, json } from './http-handler';
import { meldAanVanuitSignaalRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: meldAanVanuitSignaalRoute }, async (v) => {
    const signaalId = v.pad.id ?? '';
    if (!/^[\w.:-]{1,100}$/.test(signaalId)) {
      throw new NietGevondenFout('SIGNAAL_NIET_GEVONDEN', `er is geen vroegsignaal ${signaalId} op de lijst`);
    }
    const { trajectId } = await meldAanVanuitSignaal(v.deps, {
      signaalId,
      ...v.gebruiker,
      correlatieId: v.correlatieId,
    });
    return json(201, { trajectId }, { location: `/trajecten/${trajectId}` });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, pseudoniem, signalen, outbox }));
