// Secondary adapter: the one DynamoDB document client of a Lambda process, shared by every adapter on the table. It
// speaks DynamoDB's JSON protocol through aws-verzoek.ts (no SDK to load at a cold start) and converts plain values
// to attribute values and back the way lib-dynamodb does with `removeUndefinedValues` (numbers as numbers, binary as
// Uint8Array, undefined left out). The command classes keep lib-dynamodb's names and input shapes, so an adapter
// reads as it would with the SDK.
import { type AwsSleutels, awsJson, type VerzendOpties } from './aws-verzoek';

// biome-ignore lint/suspicious/noExplicitAny: an item's values are whatever was stored, as with lib-dynamodb
export type Item = Record<string, any>;
type Attribuut = Record<string, unknown>;

/** A plain value as a DynamoDB attribute value (lib-dynamodb's marshall with removeUndefinedValues). */
export function naarAttribuut(w: unknown): Attribuut {
  if (w === null) return { NULL: true };
  if (typeof w === 'string') return { S: w };
  if (typeof w === 'boolean') return { BOOL: w };
  if (typeof w === 'number') {
    // As lib-dynamodb: beyond the safe integers a JavaScript number has already lost digits.
    if (!Number.isFinite(w) || Math.abs(w) > Number.MAX_SAFE_INTEGER) {
      throw new TypeError(`${w} cannot be stored as a DynamoDB number without losing precision`);
    }
    return { N: String(w) };
  }
  if (typeof w === 'bigint') return { N: w.toString() };
  if (w instanceof Uint8Array) return { B: Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64') };
  if (Array.isArray(w)) return { L: w.filter((x) => x !== undefined).map(naarAttribuut) };
  if (w instanceof Set) {
    const lijst = [...w];
    if (lijst.every((x) => typeof x === 'string')) return { SS: lijst };
    if (lijst.every((x) => typeof x === 'number')) return { NS: lijst.map(String) };
    throw new TypeError('only sets of strings or numbers can be stored');
  }
  if (typeof w === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(w))) {
    return { M: naarAttributen(w as Record<string, unknown>) };
  }
  throw new TypeError(`a ${typeof w === 'object' ? (w?.constructor?.name ?? 'object') : typeof w} cannot be stored`);
}

export function naarAttributen(o: Record<string, unknown>): Record<string, Attribuut> {
  const uit: Record<string, Attribuut> = {};
  for (const [k, w] of Object.entries(o)) if (w !== undefined) uit[k] = naarAttribuut(w);
  return uit;
}

/** An attribute value as a plain value (lib-dynamodb's unmarshall). */
export function uitAttribuut(a: Attribuut): unknown {
  const [[type, w]] = Object.entries(a) as [[string, unknown]];
  switch (type) {
    case 'S':
      return w;
    case 'N':
      return Number(w);
    case 'BOOL':
      return w;
    case 'NULL':
      return null;
    case 'B':
      return new Uint8Array(Buffer.from(w as string, 'base64'));
    case 'L':
      return (w as Attribuut[]).map(uitAttribuut);
    case 'M':
      return uitAttributen(w as Record<string, Attribuut>);
    case 'SS':
      return new Set(w as string[]);
    case 'NS':
      return new Set((w as string[]).map(Number));
    case 'BS':
      return new Set((w as string[]).map((b) => new Uint8Array(Buffer.from(b, 'base64'))));
    default:
      throw new TypeError(`unknown attribute type ${type}`);
  }
}

export function uitAttributen(o: Record<string, Attribuut>): Item {
  const uit: Item = {};
  for (const [k, a] of Object.entries(o)) uit[k] = uitAttribuut(a);
  return uit;
}

interface Expressies {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
  ConditionExpression?: string;
}
interface Basis {
  TableName: string;
  ReturnConsumedCapacity?: 'TOTAL' | 'INDEXES' | 'NONE';
}
export interface GetInvoer extends Basis {
  Key: Record<string, unknown>;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}
export interface PutInvoer extends Basis, Expressies {
  Item: Record<string, unknown>;
  ReturnValues?: 'NONE' | 'ALL_OLD';
}
export interface UpdateInvoer extends Basis, Expressies {
  Key: Record<string, unknown>;
  UpdateExpression: string;
  ReturnValues?: 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';
}
export interface DeleteInvoer extends Basis, Expressies {
  Key: Record<string, unknown>;
  ReturnValues?: 'NONE' | 'ALL_OLD';
}
export interface QueryInvoer extends Basis, Expressies {
  IndexName?: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ExclusiveStartKey?: Record<string, unknown>;
  Limit?: number;
  ScanIndexForward?: boolean;
  ConsistentRead?: boolean;
  Select?: 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT';
}
export interface BatchGetInvoer {
  RequestItems: Record<
    string,
    {
      Keys: Record<string, unknown>[];
      ProjectionExpression?: string;
      ExpressionAttributeNames?: Record<string, string>;
      ConsistentRead?: boolean;
    }
  >;
  ReturnConsumedCapacity?: 'TOTAL' | 'INDEXES' | 'NONE';
}

interface Verbruik {
  ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
}
export interface GetUitvoer extends Verbruik {
  Item?: Item;
}
export interface SchrijfUitvoer extends Verbruik {
  Attributes?: Item;
}
export interface QueryUitvoer extends Verbruik {
  Items?: Item[];
  Count?: number;
  ScannedCount?: number;
  LastEvaluatedKey?: Item;
}
export interface BatchGetUitvoer extends Verbruik {
  Responses?: Record<string, Item[]>;
  UnprocessedKeys?: Record<string, { Keys: Item[] }>;
}

/** A command: the operation, its document input, and how the wire input and output convert. */
abstract class Commando<I, O> {
  abstract readonly operatie: string;
  constructor(readonly input: I) {}
  abstract naarDraad(): Record<string, unknown>;
  abstract uitDraad(o: Record<string, unknown>): O;
}

type Draad = Record<string, unknown>;
const items = (o: unknown) => (o as Record<string, Attribuut>[] | undefined)?.map(uitAttributen);
const item = (o: unknown) => (o ? uitAttributen(o as Record<string, Attribuut>) : undefined);

/** Marshals the value maps of the common input fields; the rest goes as it is. */
function invoerNaarDraad(i: object): Draad {
  const d: Draad = { ...i };
  for (const veld of ['Key', 'Item', 'ExpressionAttributeValues', 'ExclusiveStartKey'] as const) {
    const w = d[veld] as Record<string, unknown> | undefined;
    if (w) d[veld] = naarAttributen(w);
  }
  return d;
}

function zonderLeeg<T extends Draad>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export class GetCommand extends Commando<GetInvoer, GetUitvoer> {
  readonly operatie = 'GetItem';
  naarDraad() {
    return invoerNaarDraad(this.input);
  }
  uitDraad(o: Draad): GetUitvoer {
    return zonderLeeg({ ...o, Item: item(o.Item) });
  }
}

abstract class SchrijfCommando<I extends object> extends Commando<I, SchrijfUitvoer> {
  naarDraad() {
    return invoerNaarDraad(this.input);
  }
  uitDraad(o: Draad): SchrijfUitvoer {
    return zonderLeeg({ ...o, Attributes: item(o.Attributes) });
  }
}
export class PutCommand extends SchrijfCommando<PutInvoer> {
  readonly operatie = 'PutItem';
}
export class UpdateCommand extends SchrijfCommando<UpdateInvoer> {
  readonly operatie = 'UpdateItem';
}
export class DeleteCommand extends SchrijfCommando<DeleteInvoer> {
  readonly operatie = 'DeleteItem';
}

export class QueryCommand extends Commando<QueryInvoer, QueryUitvoer> {
  readonly operatie = 'Query';
  naarDraad() {
    return invoerNaarDraad(this.input);
  }
  uitDraad(o: Draad): QueryUitvoer {
    return zonderLeeg({ ...o, Items: items(o.Items), LastEvaluatedKey: item(o.LastEvaluatedKey) });
  }
}

export class BatchGetCommand extends Commando<BatchGetInvoer, BatchGetUitvoer> {
  readonly operatie = 'BatchGetItem';
  naarDraad() {
    const RequestItems = Object.fromEntries(
      Object.entries(this.input.RequestItems).map(([t, r]) => [t, { ...r, Keys: r.Keys.map(naarAttributen) }]),
    );
    return { ...this.input, RequestItems };
  }
  uitDraad(o: Draad): BatchGetUitvoer {
    const responses = o.Responses as Record<string, unknown[]> | undefined;
    const onverwerkt = o.UnprocessedKeys as Record<string, { Keys: unknown[] }> | undefined;
    return zonderLeeg({
      ...o,
      Responses: responses && Object.fromEntries(Object.entries(responses).map(([t, r]) => [t, items(r) ?? []])),
      UnprocessedKeys:
        onverwerkt &&
        Object.fromEntries(Object.entries(onverwerkt).map(([t, r]) => [t, { ...r, Keys: items(r.Keys) ?? [] }])),
    });
  }
}

export interface DynamoKlantOpties {
  /** The local engine's address; absent in Lambda (the regional endpoint, or AWS_ENDPOINT_URL_DYNAMODB). */
  endpoint?: string;
  sleutels?: AwsSleutels;
  /** Attempts in all (default 3, the SDK's standard mode). */
  pogingen?: number;
}

/** DynamoDB's JSON protocol, as aws-verzoek.ts addresses and signs it. */
export const DYNAMODB = {
  naam: 'dynamodb',
  sdkId: 'DynamoDB',
  xray: 'DynamoDB',
  prefix: 'DynamoDB_20120810',
  jsonVersie: '1.0',
} as const;

export class DynamoKlant {
  private readonly opties: VerzendOpties;
  constructor(instellingen: DynamoKlantOpties = {}) {
    const { endpoint, sleutels, pogingen } = instellingen;
    this.opties = {
      ...(endpoint ? { eindpunt: endpoint } : {}),
      ...(sleutels ? { sleutels: () => sleutels } : {}),
      ...(pogingen ? { pogingen } : {}),
    };
  }

  async send<I, O>(c: Commando<I, O>): Promise<O> {
    return c.uitDraad(await this.wissel(c.operatie, c.naarDraad()));
  }

  /** One operation on the wire (attribute values in, attribute values out): the seam the bench and tests watch. */
  async wissel(operatie: string, draad: Draad): Promise<Draad> {
    return awsJson<Draad>(DYNAMODB, operatie, draad, this.opties);
  }
}

let gedeeld: DynamoKlant | undefined;

/** The client the local runtime or a test passes, or else the process's shared one. */
export function documentClient(client?: DynamoKlant): () => Promise<DynamoKlant> {
  return async () => {
    if (client) return client;
    gedeeld ??= new DynamoKlant();
    return gedeeld;
  };
}

/** The client (`db`) a table adapter sends its commands with. */
export type DynamoToegang = () => Promise<{ db: DynamoKlant }>;

/** What every table adapter calls before a command: the client given, or the process's shared one. */
export function dynamoToegang(client?: DynamoKlant): DynamoToegang {
  const db = documentClient(client);
  return async () => ({ db: await db() });
}
