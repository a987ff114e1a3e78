// Prints the cost of the two tenancy models as the Markdown block in the README's deploy section
// (`npx tsx scripts/tenancy-kosten.ts`); test/docs/tenancy.test.ts keeps the README equal to it. The variable cost per
// trajectory is the benchmark's (bench/results/latest.json, priced by bench/lib/kosten.ts); the fixed cost per
// deployment is infra/kosten.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eurPerUsd } from '../bench/lib/kosten';
import { aantallenPerDeployment, VASTE_PRIJZEN_DATUM, vastePrijzen, vastPerDeploymentUsd } from '../infra/kosten';
import { repoRoot } from '../infra/repo-root';

export const TENANCY_BEGIN = '<!-- tenancy:start -->';
export const TENANCY_EINDE = '<!-- tenancy:end -->';

/** The benchmark's normal trajectory (aanmelding to betaalvoorstel), in euros, and the commit it was measured on. */
export function trajectKosten(): { eur: number; commit: string } {
  const latest = JSON.parse(readFileSync(path.join(repoRoot, 'bench/results/latest.json'), 'utf8')) as {
    commit?: { kort?: string };
    kosten?: { normaal?: { totaal?: { eur?: number } } };
  };
  const eur = latest.kosten?.normaal?.totaal?.eur;
  if (typeof eur !== 'number') throw new Error('bench/results/latest.json has no kosten.normaal.totaal.eur');
  return { eur, commit: latest.commit?.kort ?? 'onbekend' };
}

interface Scenario {
  model: 'gedeeld' | 'per gemeente';
  omschrijving: string;
  gemeenten: number;
  trajectenPerJaarPerGemeente: number;
  medewerkersPerGemeente: number;
}

export const scenarios: readonly Scenario[] = [
  {
    model: 'per gemeente',
    omschrijving: 'kleine gemeente',
    gemeenten: 1,
    trajectenPerJaarPerGemeente: 300,
    medewerkersPerGemeente: 5,
  },
  {
    model: 'per gemeente',
    omschrijving: 'grote gemeente',
    gemeenten: 1,
    trajectenPerJaarPerGemeente: 5000,
    medewerkersPerGemeente: 60,
  },
  {
    model: 'per gemeente',
    omschrijving: '20 kleine gemeenten, elk een eigen deployment',
    gemeenten: 20,
    trajectenPerJaarPerGemeente: 300,
    medewerkersPerGemeente: 5,
  },
  {
    model: 'gedeeld',
    omschrijving: '20 kleine gemeenten in één deployment',
    gemeenten: 20,
    trajectenPerJaarPerGemeente: 300,
    medewerkersPerGemeente: 5,
  },
  {
    model: 'gedeeld',
    omschrijving: 'landelijk: 342 gemeenten, ca. 85.000 aanmeldingen',
    gemeenten: 342,
    trajectenPerJaarPerGemeente: 250,
    medewerkersPerGemeente: 8,
  },
];

const GRATIS_FEDERATIEVE_MAU = 50;
const euro = (n: number) =>
  `€ ${n.toLocaleString('nl-NL', { minimumFractionDigits: n < 1 ? 4 : 2, maximumFractionDigits: n < 1 ? 4 : 2 })}`;

export function kostenPerScenario(s: Scenario, trajectEur = trajectKosten().eur) {
  const koers = eurPerUsd();
  const deployments = s.model === 'gedeeld' ? 1 : s.gemeenten;
  const medewerkersPerAccount =
    s.model === 'gedeeld' ? s.gemeenten * s.medewerkersPerGemeente : s.medewerkersPerGemeente;
  const mauUsd = Math.max(0, medewerkersPerAccount - GRATIS_FEDERATIEVE_MAU) * vastePrijzen.federatieveGebruiker.usd;
  // One OIDC client secret per gemeente (SAML IdPs need none; counted as OIDC: the upper bound).
  const geheimenUsd = s.gemeenten * vastePrijzen.geheim.usd;
  const vastEur = (deployments * (vastPerDeploymentUsd() + mauUsd) + geheimenUsd) * koers;
  const trajectenPerMaand = (s.gemeenten * s.trajectenPerJaarPerGemeente) / 12;
  const variabelEur = trajectenPerMaand * trajectEur;
  return {
    deployments,
    vastEur,
    variabelEur,
    totaalEur: vastEur + variabelEur,
    perTrajectEur: (vastEur + variabelEur) / trajectenPerMaand,
    perGemeenteEur: (vastEur + variabelEur) / s.gemeenten,
  };
}

export function tenancyBlok(): string {
  const { eur, commit } = trajectKosten();
  const a = aantallenPerDeployment();
  const vast = vastPerDeploymentUsd() * eurPerUsd();
  const regels = [
    `Fixed cost of one deployment: ${euro(vast)} a month (${a.kmsSleutels} KMS keys, ${a.alarmen} alarms, ${a.dashboards} dashboard, ${a.metrieken} custom metrics, ${a.machineClients} machine clients with hourly tokens; prices of ${VASTE_PRIJZEN_DATUM} in \`infra/kosten.ts\`, most unverified), plus ${euro(vastePrijzen.geheim.usd * eurPerUsd())} per OIDC IdP secret and ${euro(vastePrijzen.federatieveGebruiker.usd * eurPerUsd())} per counsellor signing in that month beyond ${GRATIS_FEDERATIEVE_MAU} per AWS account. Variable cost: ${euro(eur)} per trajectory (the benchmark's normal trajectory, commit \`${commit}\`, \`bench/results/latest.json\`).`,
    '',
    '| model | scenario | deployments | fixed / month | variable / month | total / month | per gemeente / month | per trajectory |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const s of scenarios) {
    const k = kostenPerScenario(s, eur);
    regels.push(
      `| ${s.model} | ${s.omschrijving} (${s.trajectenPerJaarPerGemeente} trajecten/jaar, ${s.medewerkersPerGemeente} medewerkers per gemeente) | ${k.deployments} | ${euro(k.vastEur)} | ${euro(k.variabelEur)} | ${euro(k.totaalEur)} | ${euro(k.perGemeenteEur)} | ${euro(k.perTrajectEur)} |`,
    );
  }
  return regels.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(tenancyBlok());
