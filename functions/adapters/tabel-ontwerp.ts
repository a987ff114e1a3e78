// Secondary adapter: the single-table layout, shared by the DynamoDB adapter, the CDK table and the local engine.

/**
 * Outbox shards. Every append marks its event on the sparse outbox index under `OUTBOX#<shard>`, the shard taken from
 * the case id, so no partition carries every append: at 32 shards a national peak of a few hundred appends per
 * second is ~10 writes/s per index partition (the limit is 1,000 WCU/s each). The republisher queries every shard.
 */
export const OUTBOX_SHARDS = 32;

/**
 * Version of the snapshot's shape (the fold of `evolueer`). A snapshot with another version is ignored and the case
 * is folded from its history (and the next append rewrites the snapshot): bump it when an existing event folds
 * differently. A new event type needs no bump (old snapshots never saw it). 3: the fold Brotli-compressed in one
 * binary attribute (snapshot-item.ts).
 */
export const SNAPSHOT_SCHEMA = 3;

/** DynamoDB's two table classes (CDK `dynamodb.TableClass`). */
export type TabelKlasse = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';

export const TABEL = {
  /**
   * Standard-IA: a case is kept for years after its last change (the retention after closing), so storage and its
   * backup outweigh the reads and writes of a whole trajectory; Standard-IA stores for 60 % less and reads and writes
   * for 25 % more. AWS advises it once storage passes half the throughput cost; `npm run bench` prices both.
   */
  klasse: 'STANDARD_INFREQUENT_ACCESS' as TabelKlasse,
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds after which a closed case may be purged (TTL in AWS; the local runtime purges itself). */
  ttlAttribute: 'verlooptOp',
  indexen: {
    /**
     * Sparse: only history events not yet confirmed on the bus carry these keys (`OUTBOX#<shard>`, sorted by time).
     * Keys only: the republisher reads the event itself by its key, so an index write costs one unit, not the
     * event's size.
     */
    outbox: { partitionKey: 'outboxPk', sortKey: 'outboxSk', projectie: 'KEYS_ONLY' },
    /**
     * Overloaded: `WERK#<gemeente>` → open steps sorted by deadline (worklists); `WERKB#<gemeente>#<begeleider>` →
     * the same rows for one begeleider ("my cases"); `PERSOON#<gemeente>#<keyed hash>` → a person's cases by
     * aanmelding date (joining referrals; the hash, never the identifier).
     */
    werkvoorraad: { partitionKey: 'werkPk', sortKey: 'werkSk', projectie: 'ALL' },
  },
} as const;

/** Prefix of the lead-time aggregate's histogram attributes: `dagen_<n>` counts the steps completed in n calendar days. */
export const DOORLOOP_DAGEN = 'dagen_';

export const sleutels = {
  traject: (id: string) => `TRAJECT#${id}`,
  event: (volgnummer: number) => `EVENT#${String(volgnummer).padStart(10, '0')}`,
  snapshot: 'SNAPSHOT',
  wacht: (stap: string) => `WACHT#${stap}`,
  /** One creditor's wait in one round of the Schuldenknooppunt exchange. */
  schuldeiserWacht: (nr: number, ronde: string) => `WACHT#SE#${String(nr).padStart(4, '0')}#${ronde}`,
  werk: (stap: string) => `WERK#${stap}`,
  werkBegeleider: (stap: string) => `WERKB#${stap}`,
  doorloop: (stap: string) => `DOORLOOP#${stap}`,
  werkvoorraad: (gemeente: string) => `WERK#${gemeente}`,
  werkvoorraadBegeleider: (gemeente: string, begeleider: string) => `WERKB#${gemeente}#${begeleider}`,
  persoon: 'PERSOON',
  persoonIndex: (gemeente: string, sleutel: string) => `PERSOON#${gemeente}#${sleutel}`,
  /** The lead-time aggregate of a gemeente: one item per month and step (`<yyyy-mm>#<stap>`). */
  doorlooptijdAggregaat: (gemeente: string) => `DOORLOOPAGG#${gemeente}`,
  doorlooptijdMaand: (maand: string, stap: string) => `${maand}#${stap}`,
  outbox: (trajectId: string) => `OUTBOX#${outboxShard(trajectId)}`,
  outboxShard: (shard: number) => `OUTBOX#${shard}`,
};

/** The outbox shard of a case: a stable hash of its id (FNV-1a), so a case's events stay in one shard. */
export function outboxShard(trajectId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < trajectId.length; i++) {
    h ^= trajectId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % OUTBOX_SHARDS;
}

/** The volgnummer in an event's sort key (`EVENT#0000000012` → 12). */
export function volgnummerUit(sk: string): number {
  return Number(sk.slice('EVENT#'.length));
}
