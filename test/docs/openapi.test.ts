// The OpenAPI document is generated from the route table and the zod schemas, and is one a client generator trusts:
// Redocly (recommended) and Spectral (spectral:oas) find nothing in it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DeadlineWeergave } from '../../functions/contracts/api-weergaven';
import { openApiDocument } from '../../functions/handlers/http/openapi';
import { type Route, routes } from '../../functions/handlers/http/routes';

// biome-ignore lint/suspicious/noExplicitAny: a JSON document read by path in assertions
type Json = Record<string, any>;
const root = join(import.meta.dirname, '..', '..');
const doc = openApiDocument() as Json;
const op = (pad: string, methode: string): Json => doc.paths[pad][methode];

describe('GET /openapi.json', () => {
  it('describes every route with an operationId, a tag, a summary and the 429 and 500 problems', () => {
    // Assess
    expect(doc.openapi).toBe('3.1.0');
    const tags = new Set((doc.tags as { name: string }[]).map((t) => t.name));
    for (const r of routes) {
      const o = op(r.pad, r.methode.toLowerCase());
      expect(o, `${r.methode} ${r.pad}`).toBeDefined();
      expect(o.operationId).toBe(r.functie);
      expect(o.summary.length).toBeGreaterThan(0);
      expect(tags.has(o.tags[0])).toBe(true);
      expect(o.responses['429']).toEqual({ $ref: '#/components/responses/TeVeelVerzoeken' });
      expect(o.responses['500']).toEqual({ $ref: '#/components/responses/InterneFout' });
    }
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.jwt).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('marks the required query parameters required and the defaulted ones optional', () => {
    // Assess
    const rapport = op('/rapportages/doorlooptijden', 'get').parameters as Json[];
    expect(rapport.map((p) => [p.name, p.required])).toEqual([
      ['van', true],
      ['tot', true],
      ['maanden', false],
      ['cursor', false],
    ]);
    const werk = op('/werkvoorraad', 'get').parameters as Json[];
    expect(werk.map((p) => [`${p.in}:${p.name}`, p.required])).toEqual([
      ['query:status', false],
      ['query:max', false],
      ['query:begeleider', false],
      ['query:cursor', false],
    ]);
  });

  it('documents the beschikking as a PDF or as JSON', () => {
    // Assess
    const inhoud = op('/trajecten/{id}/beschikking', 'get').responses['200'].content;
    expect(Object.keys(inhoud)).toEqual(['application/pdf', 'application/json']);
    expect(inhoud['application/json'].schema).toEqual({ $ref: '#/components/schemas/HaalBeschikkingAntwoord' });
  });

  it('has the case view once, as a component every operation that answers it references', () => {
    // Act
    const tekst = JSON.stringify(doc);
    const verwijzers = (routes as readonly Route[]).filter(
      (r) =>
        op(r.pad, r.methode.toLowerCase()).responses[String(r.status ?? 200)].content?.['application/json']?.schema
          ?.$ref === '#/components/schemas/TrajectWeergave',
    );

    // Assess: the historie property exists once in the whole document
    expect(tekst.match(/"historie":/g)).toHaveLength(1);
    expect(verwijzers.map((r) => r.functie)).toEqual(
      expect.arrayContaining(['bekijk-traject', 'voltooi-eerste-gesprek', 'neem-intake-af', 'stel-beschikking-vast']),
    );
  });

  it('renders responses as zod output and requests as zod input', () => {
    // Assess: a response component is exactly the output rendering (no nested component in this one)
    const { $schema: _s, ...uitvoer } = z.toJSONSchema(DeadlineWeergave, { target: 'draft-2020-12', io: 'output' });
    expect(doc.components.schemas.DeadlineWeergave).toEqual(uitvoer);
    // …and a request body keeps its defaulted fields optional, as the client may omit them
    const plan = doc.components.schemas.NeemIntakeAfVerzoek.properties.plan;
    expect(plan.required).not.toContain('begeleidingsmodules');
    expect(plan.properties.begeleidingsmodules.default).toEqual([]);
  });

  it('names the Idempotency-Key header and the Location header where the routes honour them', () => {
    // Assess
    for (const [pad, methode] of [
      ['/aanmeldingen', 'post'],
      ['/trajecten/{id}/opschortingen', 'post'],
      ['/trajecten/{id}/verlengingen', 'post'],
    ] as const) {
      expect(op(pad, methode).parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    }
    expect(op('/aanmeldingen', 'post').responses['201'].headers.Location).toEqual({
      $ref: '#/components/headers/Location',
    });
    expect(op('/verwijzingen', 'post').responses).toHaveProperty('200');
  });

  it('takes its request examples from the docs/ files, and they are valid against the request schemas', () => {
    // Prepare
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://oas.test/doc', components: doc.components });

    for (const [pad, bestand] of [
      ['/trajecten/{id}/intake', 'voorbeeld-intake'],
      ['/trajecten/{id}/berekeningen', 'voorbeeld-berekening'],
      ['/berekeningen/saneringskrediet', 'voorbeeld-berekening'],
    ] as const) {
      // Act
      const inhoud = op(pad, 'post').requestBody.content['application/json'];
      const waarde = inhoud.examples[bestand].value;
      const valideer = ajv.compile({ $ref: `https://oas.test/doc${inhoud.schema.$ref}` });

      // Assess
      expect(waarde).toEqual(JSON.parse(readFileSync(join(root, 'docs', `${bestand}.json`), 'utf8')));
      expect(valideer(waarde), JSON.stringify(valideer.errors)).toBe(true);
    }
  });
});

describe('linters on the generated document', () => {
  let map: string;
  let bestand: string;
  beforeAll(() => {
    map = mkdtempSync(join(tmpdir(), 'openapi-'));
    bestand = join(map, 'openapi.json');
    writeFileSync(bestand, JSON.stringify(doc, null, 2));
  });
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  const draai = (bin: string, args: string[]): string => {
    try {
      return execFileSync(join(root, 'node_modules', '.bin', bin), args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (e) {
      return String((e as { stdout?: string }).stdout ?? e);
    }
  };

  it('Redocly (recommended rules) reports zero errors and zero warnings', () => {
    // Act
    const uit = draai('redocly', ['lint', bestand, '--config', join(root, 'redocly.yaml'), '--format', 'json']);
    const rapport = JSON.parse(uit.slice(uit.indexOf('{'))) as { totals: Json; problems: unknown[] };

    // Assess
    expect(rapport.problems).toEqual([]);
    expect(rapport.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('Spectral (spectral:oas) reports nothing, down to hints', () => {
    // Act
    const uit = draai('spectral', [
      'lint',
      bestand,
      '--ruleset',
      join(root, '.spectral.yaml'),
      '--format',
      'json',
      '--fail-severity',
      'hint',
      '--quiet',
    ]);
    const bevindingen = JSON.parse(uit.slice(uit.indexOf('['), uit.lastIndexOf(']') + 1)) as unknown[];

    // Assess
    expect(bevindingen).toEqual([]);
  }, 60_000);

  it('the linters do find a defect when there is one (an operation without summary or responses)', () => {
    // Prepare
    const kapot = structuredClone(doc);
    delete kapot.paths['/werkvoorraad'].get.summary;
    delete kapot.paths['/werkvoorraad'].get.responses;
    writeFileSync(bestand, JSON.stringify(kapot));

    // Act
    const redocly = draai('redocly', ['lint', bestand, '--config', join(root, 'redocly.yaml'), '--format', 'json']);
    const spectral = draai('spectral', [
      'lint',
      bestand,
      '--ruleset',
      join(root, '.spectral.yaml'),
      '--format',
      'json',
    ]);
    writeFileSync(bestand, JSON.stringify(doc, null, 2));

    // Assess
    expect(JSON.parse(redocly.slice(redocly.indexOf('{'))).totals.errors).toBeGreaterThan(0);
    expect(JSON.parse(spectral.slice(spectral.indexOf('['), spectral.lastIndexOf(']') + 1)).length).toBeGreaterThan(0);
  }, 60_000);
});
