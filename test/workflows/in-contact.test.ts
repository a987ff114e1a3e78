// Workflow: the in-contact ASL file as CDK deploys it, run by the local engine with scripted Task functions, to pin
// down the wait pattern's paths (timeout → recheck, breach → keep waiting, resume → move on, failure → stop).
import { afterEach, describe, expect, it } from 'vitest';
import { termijnSleutel } from '../../functions/app/controleer-stap';
import type { WorkflowNaam } from '../../functions/app/poorten';
import { workflows as definities } from '../../functions/contracts/workflows';
import { Stap } from '../../functions/domain/traject/gebeurtenissen';
import type { LambdaHandler } from '../../local/lambda-context';
import { LokaleWorkflows, laadDefinitie } from '../../local/workflows';
import { wachtTot } from '../support/api';

type Controle = { status: string; wachtSeconden: number };

/** The wait of every step, as the check and every resume hand it to the workflow (`termijnenVoorWorkflow`). */
const termijnen = (seconden: number) =>
  Object.fromEntries(Stap.options.map((stap) => [termijnSleutel(stap), seconden]));
const metTermijnen = (c: Controle) => ({ ...c, termijnen: termijnen(c.wachtSeconden) });

function scriptedFuncties(
  controles: Controle[],
  opWacht: (invoer: Record<string, unknown>) => void = () => {},
  route = 'schuldregeling',
  extra: { besluit?: string; vervolg?: string } = {},
) {
  const ontvangen: Record<string, unknown>[] = [];
  const taak =
    (resultaat: Record<string, unknown>): LambdaHandler =>
    async (event) => {
      ontvangen.push(event as Record<string, unknown>);
      return resultaat;
    };
  const functies: Record<string, LambdaHandler> = {
    'bepaal-triage': taak({ route }),
    'sluit-met-advies': taak({ afgesloten: true }),
    'stel-beschikking-op': taak({ opgesteld: true, besluit: extra.besluit ?? 'toelating', termijnen: termijnen(60) }),
    'meld-koppelingen': taak({ gemeld: ['vish-registratie'] }),
    'draag-over': taak({ vervolg: extra.vervolg ?? route }),
    'sluit-afgewezen': taak({ afgesloten: true }),
    'leg-fout-vast': async (event) => {
      ontvangen.push(event as Record<string, unknown>);
      return { staat: 'ControleerEersteGesprek' };
    },
    'controleer-stap': async (event) => {
      ontvangen.push(event as Record<string, unknown>);
      const volgende = controles.shift();
      if (!volgende) throw new Error('no scripted check left');
      return metTermijnen(volgende);
    },
    'wacht-op-stap': async (event) => {
      opWacht(event as Record<string, unknown>);
      return { wacht: true };
    },
  };
  return { functies, ontvangen };
}

describe('workflows/in-contact/definition.asl.json', () => {
  let workflows: LokaleWorkflows | undefined;
  afterEach(async () => workflows?.stop());

  it('has the Tasks of the In contact phase in order', () => {
    // Act
    const staten = Object.entries(laadDefinitie('in-contact').States as Record<string, Record<string, unknown>>);

    // Assess
    const taken = staten.filter(([, s]) => s.Type === 'Task');
    expect(taken.map(([naam]) => naam)).toEqual([
      'ControleerEersteGesprek',
      'WachtOpEersteGesprek',
      'ControleerIntake',
      'WachtOpIntake',
      'BepaalTriage',
      'SluitMetAdvies',
      'StelBeschikkingOp',
      'ControleerVaststelling',
      'WachtOpVaststelling',
      'MaakBeschikkingBekend',
      'ControleerBezwaar',
      'WachtOpBezwaar',
      'ControleerBezwaarBeslissing',
      'WachtOpBezwaarBeslissing',
      'SluitAfgewezen',
      'MeldKoppelingen',
      'DraagOver',
      'ControleerDoorverwijzing',
      'WachtOpDoorverwijzing',
      'LegFoutVast',
    ]);
  });

  it.each(Object.keys(definities) as WorkflowNaam[])(
    '%s: every Task has an explicit timeout, retries and a Catch that keeps the input',
    (naam) => {
      // Act
      const staten = Object.values(laadDefinitie(naam).States as Record<string, Record<string, unknown>>);

      // Assess
      const taken = staten.filter((s) => s.Type === 'Task');
      expect(taken.length).toBeGreaterThan(0);
      for (const s of taken) {
        expect(s.TimeoutSeconds ?? s.TimeoutSecondsPath).toBeDefined();
        expect(s.Retry).toEqual(expect.arrayContaining([expect.objectContaining({ MaxAttempts: expect.any(Number) })]));
        // LegFoutVast keeps the original `$.fout` and puts a failure of its own beside it.
        for (const c of s.Catch as { ResultPath: string; Next: string }[]) {
          expect(c.ResultPath).toBe(c.Next === 'WorkflowGestopt' ? '$.foutBijVastleggen' : '$.fout');
        }
      }
    },
  );

  it('rechecks after a timeout, keeps waiting after a breach, and moves on to the next wait when the step is resumed', async () => {
    // Prepare: open (wait 1 s) → times out → overschreden (wait 1 s) → resumed by the API → the intake's wait at once
    const tokens: string[] = [];
    const { functies, ontvangen } = scriptedFuncties(
      [
        { status: 'open', wachtSeconden: 1 },
        { status: 'overschreden', wachtSeconden: 1 },
      ],
      (invoer) => tokens.push(String(invoer.taakToken)),
    );
    workflows = new LokaleWorkflows(functies);

    // Act
    await workflows.start('in-contact', 'traject-1', { trajectId: 'traject-1', gemeente: '0363' });
    await wachtTot(() => (tokens.length === 2 ? true : undefined), 5_000);
    await workflows.taakVoltooid(tokens[1] ?? '', {
      stap: 'eerste-gesprek',
      status: 'voltooid',
      termijnen: termijnen(60),
    });
    const executie = workflows.executie('traject-1');
    await wachtTot(() => (executie?.huidigeStaat === 'WachtOpIntake' ? true : undefined), 5_000);

    // Assess: the completion costs one state (the next wait), no check
    expect(executie?.bezochteStaten).toEqual([
      'ControleerEersteGesprek',
      'IsEersteGesprekVoltooid',
      'WachtOpEersteGesprek',
      'ControleerEersteGesprek',
      'IsEersteGesprekVoltooid',
      'WachtOpEersteGesprek',
      'WachtOpIntake',
    ]);
    expect(tokens).toHaveLength(3); // eerste gesprek twice, then intake
    expect(new Set(tokens).size).toBe(3); // a fresh token per wait
    // Only ids, step names and the execution id reach the Tasks: no personal data in the execution
    for (const invoer of ontvangen)
      expect(Object.keys(invoer).sort()).toEqual(['executie', 'gemeente', 'stap', 'trajectId']);
  });

  it('checks again when a term changes, and ends closed when the case is closed while it waits', async () => {
    // Prepare
    const tokens: string[] = [];
    const { functies } = scriptedFuncties(
      [
        { status: 'open', wachtSeconden: 60 },
        { status: 'open', wachtSeconden: 60 },
      ],
      (invoer) => tokens.push(String(invoer.taakToken)),
    );
    workflows = new LokaleWorkflows(functies);
    await workflows.start('in-contact', 'traject-4', { trajectId: 'traject-4', gemeente: '0363' });
    const executie = workflows.executie('traject-4');

    // Act
    await wachtTot(() => (tokens.length === 1 ? true : undefined), 5_000);
    await workflows.taakMislukt(tokens[0] ?? '', 'TermijnGewijzigd');
    await wachtTot(() => (tokens.length === 2 ? true : undefined), 5_000);
    await workflows.taakMislukt(tokens[1] ?? '', 'TrajectAfgeslotenFout');
    await wachtTot(() => (executie?.status === 'SUCCEEDED' ? true : undefined), 5_000);

    // Assess
    expect(executie?.bezochteStaten).toEqual([
      'ControleerEersteGesprek',
      'IsEersteGesprekVoltooid',
      'WachtOpEersteGesprek',
      'ControleerEersteGesprek',
      'IsEersteGesprekVoltooid',
      'WachtOpEersteGesprek',
      'Afgesloten',
    ]);
  });

  it.each([
    {
      route: 'schuldregeling',
      pad: [
        'BepaalTriage',
        'IsAdvies',
        'StelBeschikkingOp',
        'WachtOpVaststelling',
        'MaakBeschikkingBekend',
        'IsAfwijzing',
        'MeldKoppelingen',
        'DraagOver',
        'NaarVervolg',
        'NaarPlaatjeCompleet',
      ],
    },
    {
      route: 'begeleiding',
      pad: ['MaakBeschikkingBekend', 'IsAfwijzing', 'MeldKoppelingen', 'DraagOver', 'NaarVervolg', 'NaarVolgendeFase'],
    },
    {
      route: 'doorverwijzing',
      controles: 2,
      pad: ['DraagOver', 'NaarVervolg', 'ControleerDoorverwijzing', 'IsDoorverwijzingVoltooid', 'Doorverwezen'],
    },
    {
      // An afwijzing: no VISH (MeldKoppelingen never runs); the bezwaar window runs out, then the case closes.
      route: 'schuldregeling',
      besluit: 'afwijzing',
      extraControles: [{ status: 'verstreken', wachtSeconden: 1 }],
      pad: [
        'MaakBeschikkingBekend',
        'IsAfwijzing',
        'ControleerBezwaar',
        'IsBezwaarVoltooid',
        'SluitAfgewezen',
        'Afgewezen',
      ],
    },
    {
      // A bezwaar came in: the window is done, the beslistermijn runs, the decision closes the case.
      route: 'begeleiding',
      besluit: 'afwijzing',
      controles: 2,
      pad: ['ControleerBezwaar', 'IsBezwaarVoltooid', 'WachtOpBezwaarBeslissing', 'SluitAfgewezen', 'Afgewezen'],
    },
    { route: 'advies', pad: ['BepaalTriage', 'IsAdvies', 'SluitMetAdvies', 'AfgeslotenMetAdvies'] },
  ])(
    'after the intake, $route ($besluit) ends through its own states',
    async ({ route, pad, besluit, controles = 1, extraControles = [] }) => {
      // Prepare: the eerste gesprek done at the first check; every later wait is resumed as done at once (as the
      // wait Task does itself when the step was completed before it parked its token)
      const voltooid = { status: 'voltooid', wachtSeconden: 1 };
      const { functies, ontvangen } = scriptedFuncties(
        [...Array.from({ length: controles }, () => voltooid), ...extraControles],
        (invoer) =>
          setTimeout(() =>
            workflows?.taakVoltooid(String(invoer.taakToken), { status: 'voltooid', termijnen: termijnen(60) }),
          ),
        route,
        besluit ? { besluit } : {},
      );
      workflows = new LokaleWorkflows(functies);

      // Act
      await workflows.start('in-contact', `traject-${route}`, { trajectId: `traject-${route}`, gemeente: '0363' });
      const executie = workflows.executie(`traject-${route}`);
      await wachtTot(() => (executie?.status === 'SUCCEEDED' ? true : undefined), 5_000);

      // Assess: the path, ids only into every Task, no personal data in the output
      expect(executie?.bezochteStaten.slice(-pad.length)).toEqual(pad);
      if (besluit === 'afwijzing') expect(executie?.bezochteStaten).not.toContain('MeldKoppelingen');
      for (const invoer of ontvangen) {
        expect(
          Object.keys(invoer).every((k) => ['executie', 'gemeente', 'stap', 'trajectId', 'modus'].includes(k)),
        ).toBe(true);
      }
      expect(JSON.stringify(executie?.output)).not.toMatch(/naam|telefoon|email|Cent/);
    },
  );

  it('records the cause on the case (LegFoutVast) and stops in WorkflowGestopt when a Task keeps failing', async () => {
    // Prepare
    const { functies, ontvangen } = scriptedFuncties([]);
    workflows = new LokaleWorkflows(functies);

    // Act
    await workflows.start('in-contact', 'traject-2', { trajectId: 'traject-2', gemeente: '0363' });
    const executie = workflows.executie('traject-2');
    await wachtTot(() => (executie?.status === 'FAILED' ? true : undefined), 5_000);

    // Assess
    expect(executie?.bezochteStaten).toEqual(['ControleerEersteGesprek', 'LegFoutVast', 'WorkflowGestopt']);
    expect(executie?.fout).toContain('Een taak faalde na alle pogingen');
    const vastlegging = ontvangen.find((i) => i.workflow === 'in-contact');
    expect(vastlegging).toMatchObject({ trajectId: 'traject-2', executieNaam: 'traject-2' });
    expect(JSON.stringify(vastlegging?.fout)).toContain('no scripted check left');
    expect(await workflows.mislukteStaat(String(vastlegging?.executie))).toBe('ControleerEersteGesprek');
  });

  it('starts an execution once per name, as Step Functions does', async () => {
    // Prepare
    let checks = 0;
    workflows = new LokaleWorkflows({
      ...scriptedFuncties([]).functies,
      'controleer-stap': async () => {
        checks++;
        return { status: 'open', wachtSeconden: 60 };
      },
    });

    // Act
    await workflows.start('in-contact', 'traject-3', { trajectId: 'traject-3', gemeente: '0363' });
    await workflows.start('in-contact', 'traject-3', { trajectId: 'traject-3', gemeente: '0363' });
    await wachtTot(() =>
      workflows?.executie('traject-3')?.huidigeStaat === 'WachtOpEersteGesprek' ? true : undefined,
    );

    // Assess
    expect(workflows.executies.size).toBe(1);
    expect(checks).toBe(1);
  });
});
