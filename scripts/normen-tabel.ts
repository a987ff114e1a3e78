// Prints the norm catalogue as the Markdown table in the README (`npx tsx scripts/normen-tabel.ts`); a test keeps the
// README equal to it.
import { normId } from '../functions/domain/normen/catalogus';
import { normtekstVan } from '../functions/domain/normen/normteksten';
import { STANDAARD_CATALOGUS } from '../functions/domain/normen/standaard-catalogus';

export function normenTabel(): string {
  const regels = [
    '| stap | wettelijke/afgesproken termijn | servicenorm | soort | loopt vanaf | einde volgens art. 1 Atw | opschorting | verlenging | bron |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const versie of STANDAARD_CATALOGUS.versies) {
    for (const n of versie.normen) {
      const bron = n.termijn.bron ?? normtekstVan(normId(n.stap, n.variant)).bron;
      regels.push(
        `| ${n.stap}${n.variant === 'crisis' ? ' (crisis)' : ''} | ${n.termijn.termijn} ${n.termijn.eenheid} | ${n.servicenorm.termijn} ${n.servicenorm.eenheid} | ${n.soort} | ${n.startgebeurtenis} | ${n.eindeVolgensAtw ? 'ja' : 'nee'} | ${n.opschorting.toegestaan ? 'ja' : 'nee'} | ${n.verlenging.toegestaan ? `tot ${n.verlenging.maximum.termijn} ${n.verlenging.maximum.eenheid}` : 'nee'} | ${bron} |`,
      );
    }
  }
  return regels.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(normenTabel());
