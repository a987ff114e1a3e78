// Secondary adapter: the one DynamoDB document client of a Lambda process, made on first use and traced, shared by
// every adapter on the table (one SDK client, one connection pool, one init cost).
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getraceerd } from './getraceerd';
import { lui } from './lui';

/** The lazily loaded lib-dynamodb module (its command classes). */
export const dynamoLib = lui(() => import('@aws-sdk/lib-dynamodb'));

const gedeeld = lui(async (): Promise<DynamoDBDocumentClient> => {
  const [{ DynamoDBClient }, { DynamoDBDocumentClient }] = await Promise.all([
    import('@aws-sdk/client-dynamodb'),
    dynamoLib(),
  ]);
  return DynamoDBDocumentClient.from(await getraceerd(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
});

/** The client the local runtime or a test passes, or else the process's shared one. */
export function documentClient(client?: DynamoDBDocumentClient): () => Promise<DynamoDBDocumentClient> {
  return client ? async () => client : gedeeld;
}

/** lib-dynamodb's command classes (`m`) and the client (`db`), both loaded on first use. */
export type DynamoToegang = () => Promise<{
  m: Awaited<ReturnType<typeof dynamoLib>>;
  db: DynamoDBDocumentClient;
}>;

/** What every table adapter calls before a command: the module and the client (given, or the shared one). */
export function dynamoToegang(client?: DynamoDBDocumentClient): DynamoToegang {
  const db = documentClient(client);
  return async () => {
    const [m, d] = await Promise.all([dynamoLib(), db()]);
    return { m, db: d };
  };
}
