// Infrastructure: which gemeenten sign in through which identity provider. A JSON file named by the context
// (`cdk synth -c gemeentenBestand=../mijn-gemeenten.json`), validated before anything is built; without one, the
// example file (two invented IdPs: an Entra ID tenant over OIDC and an ADFS over SAML) so `npm run synth` shows the shape.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Aanmeldconfiguratie } from '../functions/contracts/idp-koppeling';
import { repoRoot } from './repo-root';
import '../functions/domain/zod-meldingen';

export const GEMEENTEN_CONTEXT = 'gemeentenBestand';
export const VOORBEELD_BESTAND = 'infra/gemeenten.voorbeeld.json';

export function aanmeldconfiguratieVan(app: Pick<App, 'node'>): Aanmeldconfiguratie {
  const context: unknown = app.node.tryGetContext(GEMEENTEN_CONTEXT);
  const bestand = path.resolve(repoRoot, typeof context === 'string' && context ? context : VOORBEELD_BESTAND);
  const resultaat = Aanmeldconfiguratie.safeParse(JSON.parse(readFileSync(bestand, 'utf8')));
  if (!resultaat.success) {
    const fouten = resultaat.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${bestand} is not a valid sign-in configuration: ${fouten}`);
  }
  return resultaat.data;
}
