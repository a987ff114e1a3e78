// Local runtime: the case store with the event contract checked on every append. In Lambda the use cases build each
// event against `TrajectGebeurtenis`'s type and the store reads back only its envelope (OpgeslagenEnvelop in
// functions/domain/traject/gebeurtenissen.ts), so no function carries every event schema. Here, where every test and
// `npm start` run, each event is checked against the whole schema before it is written: a use case that writes data
// outside the contract (a key the schema would strip, a default it would fill) fails its test at the write.
import { isDeepStrictEqual } from 'node:util';
import { DynamoTrajectOpslag } from '../functions/adapters/dynamo-traject-opslag';
import { OpgeslagenGebeurtenis } from '../functions/domain/traject/gebeurtenissen';

export class ContractOpslag extends DynamoTrajectOpslag {
  override async voegToe(...args: Parameters<DynamoTrajectOpslag['voegToe']>): Promise<void> {
    eisContract(args[1]);
    return super.voegToe(...args);
  }
}

/** Throws when `g` is not exactly what the event schema makes of it (as stored: keys with `undefined` dropped). */
export function eisContract(g: OpgeslagenGebeurtenis): void {
  const uitkomst = OpgeslagenGebeurtenis.safeParse(g);
  const alsOpgeslagen = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
  if (!uitkomst.success) {
    const waar = uitkomst.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`event ${g.gebeurtenis.type} breaks its contract: ${waar}`);
  }
  if (!isDeepStrictEqual(alsOpgeslagen(uitkomst.data), alsOpgeslagen(g))) {
    throw new Error(`event ${g.gebeurtenis.type} carries data its schema would change (a key it strips or a default)`);
  }
}
