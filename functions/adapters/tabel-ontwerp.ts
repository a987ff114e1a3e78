// Secondary adapter: the single-table layout, shared by the DynamoDB adapter, the CDK table and the local engine.

export const TABEL = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds after which a closed case may be purged (TTL in AWS; the local runtime purges itself). */
  ttlAttribute: 'verlooptOp',
  indexen: {
    /** Sparse: only history events not yet confirmed on the bus carry these keys. */
    outbox: { partitionKey: 'outboxPk', sortKey: 'outboxSk' },
    /** Worklists: open steps of a gemeente, sorted by deadline (issue 3 fills it). */
    werkvoorraad: { partitionKey: 'werkPk', sortKey: 'werkSk' },
  },
} as const;

export const sleutels = {
  traject: (id: string) => `TRAJECT#${id}`,
  event: (volgnummer: number) => `EVENT#${String(volgnummer).padStart(10, '0')}`,
  snapshot: 'SNAPSHOT',
  wacht: (stap: string) => `WACHT#${stap}`,
  outbox: 'OUTBOX',
};
