// Secondary adapter: the single-table layout, shared by the DynamoDB adapter, the CDK table and the local engine.

export const TABEL = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds after which a closed case may be purged (TTL in AWS; the local runtime purges itself). */
  ttlAttribute: 'verlooptOp',
  indexen: {
    /** Sparse: only history events not yet confirmed on the bus carry these keys. */
    outbox: { partitionKey: 'outboxPk', sortKey: 'outboxSk' },
    /**
     * Overloaded: `WERK#<gemeente>` → open steps sorted by deadline (worklists); `DOORLOOP#<gemeente>` → completed
     * steps sorted by completion date (lead-time reports); `PERSOON#<gemeente>#<keyed hash>` → a person's cases by
     * aanmelding date (joining referrals; the hash, never the identifier).
     */
    werkvoorraad: { partitionKey: 'werkPk', sortKey: 'werkSk' },
  },
} as const;

export const sleutels = {
  traject: (id: string) => `TRAJECT#${id}`,
  event: (volgnummer: number) => `EVENT#${String(volgnummer).padStart(10, '0')}`,
  snapshot: 'SNAPSHOT',
  wacht: (stap: string) => `WACHT#${stap}`,
  /** One creditor's wait in one round of the Schuldenknooppunt exchange. */
  schuldeiserWacht: (nr: number, ronde: string) => `WACHT#SE#${String(nr).padStart(4, '0')}#${ronde}`,
  werk: (stap: string) => `WERK#${stap}`,
  doorloop: (stap: string) => `DOORLOOP#${stap}`,
  werkvoorraad: (gemeente: string) => `WERK#${gemeente}`,
  persoon: 'PERSOON',
  persoonIndex: (gemeente: string, sleutel: string) => `PERSOON#${gemeente}#${sleutel}`,
  doorlooptijden: (gemeente: string) => `DOORLOOP#${gemeente}`,
  outbox: 'OUTBOX',
};
