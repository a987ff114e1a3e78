// Use cases on the real store (dynalite over HTTP): a consulent completing a step at the same moment as the
// workflow's wait times out and registers a new token. Neither order may lose or double the completion.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoConsulentOpslag } from '../../functions/adapters/dynamo-consulent-opslag';
import { DynamoGemeenteConfiguratie } from '../../functions/adapters/dynamo-gemeente-configuratie';
import { DynamoLijsten } from '../../functions/adapters/dynamo-lijsten';
import { DynamoOutbox } from '../../functions/adapters/dynamo-outbox';
import { DynamoTrajectOpslag } from '../../functions/adapters/dynamo-traject-opslag';
import { HmacPseudonimisering } from '../../functions/adapters/hmac-pseudonimisering';
import { controleerStapVoorWorkflow } from '../../functions/app/controleer-stap';
import type { Afhankelijkheden, WorkflowPoort } from '../../functions/app/poorten';
import { registreerAanmelding } from '../../functions/app/registreer-aanmelding';
import { registreerWachtstap } from '../../functions/app/registreer-wachtstap';
import { sluitAf } from '../../functions/app/sluit-af';
import { voltooiEersteGesprek } from '../../functions/app/voltooi-eerste-gesprek';
import { LokaleDocumentOpslag } from '../../local/documenten';
import { type LokaleDynamo, startDynamo } from '../../local/dynamo';
import { versneldeKlok } from '../../local/klok';

/** Records resumes; only the token of the current wait is live, as in Step Functions. */
class OpnemendeWorkflow implements WorkflowPoort {
  levend = new Set<string>();
  hervat: string[] = [];
  async start() {}
  async mislukteStaat() {
    return undefined;
  }
  async taakVoltooid(token: string) {
    if (this.levend.delete(token)) this.hervat.push(token); // a dead token: TaskTimedOut, ignored
  }
  gewekt: string[] = [];
  async taakMislukt(token: string) {
    if (this.levend.delete(token)) this.gewekt.push(token);
  }
}

describe('completing a step while the workflow re-registers its wait', () => {
  let dynamo: LokaleDynamo;
  let workflow: OpnemendeWorkflow;
  let deps: Afhankelijkheden;
  const consulent = { soort: 'medewerker' as const, sub: 'c-1', rol: 'consulent' as const };

  beforeAll(async () => {
    dynamo = await startDynamo();
    workflow = new OpnemendeWorkflow();
    deps = {
      opslag: new DynamoTrajectOpslag(dynamo.tabel, dynamo.klant),
      lijsten: new DynamoLijsten(dynamo.tabel, dynamo.klant),
      outbox: new DynamoOutbox(dynamo.tabel, dynamo.klant),
      configuratie: new DynamoGemeenteConfiguratie(dynamo.tabel, dynamo.klant),
      consulent: new DynamoConsulentOpslag(dynamo.tabel, dynamo.klant),
      events: { publiceer: async () => {} },
      workflow,
      klok: versneldeKlok(1, new Date('2026-03-10T10:00:00+01:00')),
      ids: { nieuwId: randomUUID },
      pseudoniem: new HmacPseudonimisering(Buffer.from('test')),
      documenten: new LokaleDocumentOpslag(),
      koppelingen: { meld: async () => {} },
      schuldenknooppunt: { verstuur: async () => {} },
    };
  });
  afterAll(async () => dynamo.stop());

  async function nieuwTraject(): Promise<string> {
    const { id } = await registreerAanmelding(deps, {
      verzoek: { naam: 'Race', telefoon: '0612345678', ontvangenOp: '2026-03-02' },
      gemeente: '0363',
      actor: consulent,
      correlatieId: 'test',
    });
    return id;
  }

  const voltooi = (id: string) =>
    voltooiEersteGesprek(deps, {
      id,
      gemeente: '0363',
      rol: 'consulent',
      actor: consulent,
      datum: '2026-03-09',
      correlatieId: 't',
    });

  const wacht = async (id: string) => {
    const token = randomUUID();
    workflow.levend.add(token);
    await registreerWachtstap(deps, { trajectId: id, gemeente: '0363', stap: 'eerste-gesprek', taakToken: token });
    return token;
  };

  it('resumes the new wait itself when the completion came first', async () => {
    // Prepare
    const id = await nieuwTraject();
    await voltooi(id);

    // Act: the timed-out workflow registers its next wait only now
    const token = await wacht(id);

    // Assess
    expect(workflow.hervat).toContain(token);
  });

  it('loses nothing when the completion hits a token that just timed out', async () => {
    // Prepare: the wait registered a token, then timed out (the token died)
    const id = await nieuwTraject();
    const oud = await wacht(id);
    workflow.levend.delete(oud);

    // Act
    await voltooi(id);
    const controle = await controleerStapVoorWorkflow(deps, {
      trajectId: id,
      stap: 'eerste-gesprek',
      correlatieId: 't',
    });

    // Assess: the deadline check reads the completion from the store and the workflow moves on
    expect(controle.status).toBe('voltooid');
  });

  it('resumes every wait and records the completion once when both happen at the same moment', async () => {
    for (let i = 0; i < 20; i++) {
      // Prepare
      const id = await nieuwTraject();
      const oud = await wacht(id);
      workflow.levend.delete(oud); // it timed out

      // Act: the consulent completes (twice: a double click) while the workflow registers its next wait
      const [, nieuw] = await Promise.all([voltooi(id), wacht(id), voltooi(id)]);

      // Assess
      expect(workflow.hervat).toContain(nieuw);
      const { gebeurtenissen } = await deps.lijsten.historie(id, 0, 100);
      expect(gebeurtenissen.filter((e) => e.gebeurtenis.type === 'eerste-gesprek-gevoerd')).toHaveLength(1);
    }
  });

  it('ends a wait parked while its case closes: the close wakes the stored token, or the wait sees the close', async () => {
    for (const volgorde of ['tegelijk', 'wacht-na-afsluiting'] as const) {
      // Prepare
      const id = await nieuwTraject();
      const oud = await wacht(id);
      workflow.levend.delete(oud); // a wait Task in its retry: the token of the first attempt is spent
      const sluit = () => sluitAf(deps, id, { reden: 'ingetrokken' }, { actor: consulent, correlatieId: 't' });

      // Act: the case is ended while (or just before) the retried wait parks its new token
      const nieuw =
        volgorde === 'tegelijk' ? (await Promise.all([sluit(), wacht(id)]))[1] : await sluit().then(() => wacht(id));

      // Assess: the new wait is woken as closed (by one of the two), never left parked
      expect(workflow.gewekt, volgorde).toContain(nieuw);
    }
  });
});
