// Writes the event catalogue into docs/ (`npx tsx scripts/event-catalogus.ts`): docs/asyncapi.json and docs/events.md.
// A test keeps both equal to what GET /asyncapi.json serves.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncApiDocument, eventsTabel } from '../functions/handlers/http/asyncapi';

const docs = join(import.meta.dirname, '..', 'docs');
const doc = asyncApiDocument();
writeFileSync(join(docs, 'asyncapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
writeFileSync(join(docs, 'events.md'), eventsTabel(doc));
// The repository's formatter has the last word on the layout (the test compares the parsed document).
execFileSync(
  join(import.meta.dirname, '..', 'node_modules', '.bin', 'biome'),
  ['format', '--write', 'docs/asyncapi.json'],
  {
    cwd: join(import.meta.dirname, '..'),
    stdio: 'ignore',
  },
);
