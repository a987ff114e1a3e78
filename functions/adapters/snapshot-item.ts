// Secondary adapter: the snapshot item's shape. The fold (`Traject`) is stored as Brotli-compressed JSON in one binary
// attribute beside the few plain attributes that other reads project (gemeente, versie, fase, stap, begeleider). A
// case with the whole exchange, 18 months and nazorg folds to about 18 KB of DynamoDB map; compressed it is a few KB,
// and the snapshot is rewritten on every append and read on every load, so its size is most of a case's write and
// read units.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Traject } from '../domain/traject/traject';
import { SNAPSHOT_SCHEMA, sleutels } from './tabel-ontwerp';

/** Quality 5 of 11: near the ratio of the highest for JSON of this size, at a fraction of its time (< 1 ms). */
const BROTLI = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
};

export function snapshotItem(pk: string, traject: Traject): Record<string, unknown> {
  return {
    pk,
    sk: sleutels.snapshot,
    gemeente: traject.gemeente,
    versie: traject.versie,
    schema: SNAPSHOT_SCHEMA,
    fase: traject.fase,
    stap: traject.stap,
    ...(traject.begeleider ? { begeleider: traject.begeleider } : {}),
    ...(traject.afgesloten ? { afgesloten: true } : {}),
    trajectZ: brotliCompressSync(JSON.stringify(traject), BROTLI),
  };
}

/** The fold in a snapshot item of this schema; undefined for another schema or a damaged item (then: fold). */
export function trajectUitSnapshot(item: Record<string, unknown> | undefined): Traject | undefined {
  if (!item || item.schema !== SNAPSHOT_SCHEMA || !(item.trajectZ instanceof Uint8Array)) return undefined;
  try {
    const traject = JSON.parse(brotliDecompressSync(item.trajectZ).toString('utf8')) as Traject;
    return typeof traject === 'object' && traject !== null ? traject : undefined;
  } catch {
    return undefined;
  }
}
