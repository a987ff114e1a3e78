// `npm start`: the whole system on 127.0.0.1. Configuration by environment variable, all optional.
import { join } from 'node:path';

const poort = Number(process.env.PORT ?? 3000);
const klokSnelheid = Number(process.env.CLOCK_SPEED ?? 1);
const klokStart = process.env.CLOCK_START ? new Date(process.env.CLOCK_START) : undefined;
const dataPad = process.env.DATA_DIR ?? join(import.meta.dirname, '..', '.data');
process.env.LOG_LEVEL ??= 'WARN';
// Imported after LOG_LEVEL is set: the logger reads it when its module loads.
const { startRuntime } = await import('./runtime');

const runtime = await startRuntime({
  poort,
  klokSnelheid,
  ...(klokStart ? { klokStart } : {}),
  ...(process.env.IN_MEMORY === '1' ? {} : { dataPad }),
  herpublicatieMs: 5_000,
});

console.log(`schuldhulp-flow runs locally on ${runtime.url}
  clock: ${klokSnelheid}x (simulated now ${runtime.klok.nu().toISOString()})
  data:  ${process.env.IN_MEMORY === '1' ? 'in memory' : dataPad}
  token: curl -s -XPOST ${runtime.url}/_local/token -d '{"gemeente":"0363","rol":"consulent","sub":"c-1"}'
  docs:  ${runtime.url}/openapi.json
Ctrl-C stops.`);

for (const signaal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signaal, () => {
    runtime.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
