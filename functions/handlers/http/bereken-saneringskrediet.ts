// Primary adapter: POST /berekeningen/saneringskrediet (what-if calculator; stores nothing).
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { berekenKrediet } from '../../app/bereken';
import type { Afhankelijkheden } from '../../app/poorten';
import { SaneringskredietVerzoek, SchuldregelingVerzoek } from '../../domain/geld/schemas';
import { httpHandler, json } from './http-handler';
import { berekenSaneringskredietRoute } from './route-regels';
import '../../domain/zod-meldingen';

/**
 * The body is one of two shapes, told apart by `termijnenCent`. Parsing against the chosen shape (instead of a
 * union) keeps every error on the field it concerns.
 */
const KredietVerzoek = z.pipe(
  z.unknown(),
  z.transform((body: unknown, ctx) => {
    const metTermijnen = typeof body === 'object' && body !== null && 'termijnenCent' in body;
    const resultaat = (metTermijnen ? SaneringskredietVerzoek : SchuldregelingVerzoek).safeParse(body);
    if (resultaat.success) return resultaat.data;
    // zod/mini's transform context has no addIssue: each issue goes on the payload as classic's addIssue put it.
    for (const issue of resultaat.error.issues) {
      // An unknown key keeps its own path, so the problem points at it (`/vakantiegeldPerJaarCnt`).
      if (issue.code === 'unrecognized_keys') {
        for (const sleutel of issue.keys)
          ctx.issues.push({ code: 'custom', message: 'onbekend veld', path: [...issue.path, sleutel], input: body });
      } else ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: body });
    }
    return z.NEVER;
  }),
);

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: KredietVerzoek, regel: berekenSaneringskredietRoute }, async (v) =>
    json(200, berekenKrediet(v.body)),
  );

export const handler = maakHandler(awsBedrading({}));
