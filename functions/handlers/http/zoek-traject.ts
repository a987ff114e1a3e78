// Primary adapter: POST /zoekopdrachten (find a case within the gemeente).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { consulent, inzage, pseudoniem } from '../../adapters/aws-poorten';
import { zoekTraject } from '../../app/consulent/zoek-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { ZoekVerzoek } from '../../contracts/consulent-api';
import type { Zoekvraag } from '../../domain/persoon/zoektokens';
import { httpHandler, json } from './http-handler';
import { registreerInzage } from './inzage';
import { zoekTrajectRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: ZoekVerzoek, regel: zoekTrajectRoute }, async (v) => {
    const { max, ...waarden } = v.body;
    // The schema lets exactly one value through.
    const vraag = Object.fromEntries(Object.entries(waarden).filter(([, w]) => w !== undefined)) as Zoekvraag;
    const antwoord = await zoekTraject(v.deps, {
      gemeente: v.gebruiker.gemeente,
      sub: v.gebruiker.sub,
      rol: v.gebruiker.rol,
      vraag,
      max,
    });
    // Every search is an audited read: which kind of value was searched and what was found, never the value itself.
    await registreerInzage(v, {
      zoekvraag:
        `zoek ${Object.keys(vraag)[0] ?? 'onbekend'}: ${antwoord.items.map((r) => r.trajectId).join(',') || '-'}`.slice(
          0,
          2000,
        ),
    });
    return json(200, antwoord);
  });

export const handler = maakHandler(awsBedrading({ consulent, pseudoniem, inzage }));
