// Primary adapter: POST /vroegsignalen/{id}/uitkomst.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { signalen } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { legOutreachUitkomstVast } from '../../app/vroegsignalen';
import { OutreachUitkomstVerzoek } from '../../contracts/nazorg-api';
import { NietGevondenFout } from '../../domain/fouten';
import { httpHandler, json } from './http-handler';
import { legOutreachUitkomstVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: OutreachUitkomstVerzoek, regel: legOutreachUitkomstVastRoute }, async (v) => {
    const signaalId = v.pad.id ?? '';
    if (!/^[\w.:-]{1,100}$/.test(signaalId)) {
      throw new NietGevondenFout('SIGNAAL_NIET_GEVONDEN', `er is geen vroegsignaal ${signaalId} op de lijst`);
    }
    await legOutreachUitkomstVast(v.deps, { signaalId, ...v.gebruiker, uitkomst: v.body.uitkomst });
    return json(200, { id: signaalId, uitkomst: v.body.uitkomst });
  });

export const handler = maakHandler(awsBedrading({ signalen }));
