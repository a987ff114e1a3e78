// Secondary adapter: the per-gemeente configuration, one item per gemeente (its own partition: no hot key).

import type { GemeenteConfiguratieOpslag, OpgeslagenConfiguratie } from '../app/poorten';
import { ConflictFout } from '../domain/fouten';
import { GemeenteConfiguratie } from '../domain/gemeente/configuratie';
import { type DynamoKlant, type DynamoToegang, dynamoToegang, GetCommand, PutCommand } from './dynamo-client';
import { isFout } from './lui';

export class DynamoGemeenteConfiguratie implements GemeenteConfiguratieOpslag {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  async haal(gemeente: string): Promise<OpgeslagenConfiguratie | undefined> {
    const { db } = await this.doc();
    const res = await db.send(
      new GetCommand({ TableName: this.tabel, Key: { pk: `GEMEENTE#${gemeente}`, sk: 'CONFIGURATIE' } }),
    );
    if (!res.Item) return undefined;
    return {
      configuratie: GemeenteConfiguratie.parse(res.Item.configuratie),
      versie: Number(res.Item.versie),
      gewijzigdOp: String(res.Item.gewijzigdOp),
      gewijzigdDoor: String(res.Item.gewijzigdDoor),
    };
  }

  async bewaar(gemeente: string, nieuw: Omit<OpgeslagenConfiguratie, 'versie'>, vorigeVersie: number): Promise<number> {
    const { db } = await this.doc();
    try {
      await db.send(
        new PutCommand({
          TableName: this.tabel,
          Item: { pk: `GEMEENTE#${gemeente}`, sk: 'CONFIGURATIE', gemeente, versie: vorigeVersie + 1, ...nieuw },
          ConditionExpression: vorigeVersie === 0 ? 'attribute_not_exists(pk)' : 'versie = :v',
          ...(vorigeVersie === 0 ? {} : { ExpressionAttributeValues: { ':v': vorigeVersie } }),
        }),
      );
    } catch (e) {
      if (isFout(e, 'ConditionalCheckFailedException')) {
        throw new ConflictFout('VERSIE_CONFLICT', 'de configuratie is tegelijk gewijzigd; probeer opnieuw');
      }
      throw e;
    }
    return vorigeVersie + 1;
  }
}
