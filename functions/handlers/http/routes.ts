// Primary adapter: the HTTP routes, one source for the deployed API (CDK), the local server and the OpenAPI document.
import type { z } from 'zod';
import { AanmeldingAntwoord, AanmeldingVerzoek, EersteGesprekVerzoek, TrajectWeergave } from '../../contracts/api';
import type { Rol } from '../../domain/traject/gebeurtenissen';

export interface Route {
  methode: 'GET' | 'POST';
  pad: string;
  /** Name of the Lambda function (and of its file under functions/handlers/http/). */
  functie: string;
  omschrijving: string;
  rollen: readonly Rol[];
  body?: z.ZodType;
  antwoord?: { status: number; schema?: z.ZodType };
  /** What the function may do: `r` reads the case store, `rw` also writes and publishes. */
  toegang: 'r' | 'rw' | 'geen';
  /** Also resumes workflows (SendTaskSuccess). */
  hervatWorkflow?: boolean;
  /** No JWT authorizer on this route. */
  publiek?: boolean;
}

const behandelaars = ['consulent', 'teamleider'] as const;

export const routes = [
  {
    methode: 'POST',
    pad: '/aanmeldingen',
    functie: 'registreer-aanmelding',
    omschrijving:
      'Registreert een hulpvraag zonder papierwerk: een naam en één manier van contact. Start de termijn tot het eerste gesprek. Ondersteunt Idempotency-Key.',
    rollen: ['consulent', 'teamleider', 'loket', 'verwijzer'],
    body: AanmeldingVerzoek,
    antwoord: { status: 201, schema: AanmeldingAntwoord },
    toegang: 'rw',
  },
  {
    methode: 'GET',
    pad: '/trajecten/{id}',
    functie: 'bekijk-traject',
    omschrijving: 'Het traject: fase, stap, elke deadline met zijn norm en status, de historie en wat er nu komt.',
    rollen: [...behandelaars, 'loket'],
    antwoord: { status: 200, schema: TrajectWeergave },
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/eerste-gesprek',
    functie: 'voltooi-eerste-gesprek',
    omschrijving: 'Legt het eerste gesprek vast; de consulent wordt begeleider en de workflow gaat verder.',
    rollen: behandelaars,
    body: EersteGesprekVerzoek,
    antwoord: { status: 200, schema: TrajectWeergave },
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'GET',
    pad: '/openapi.json',
    functie: 'openapi',
    omschrijving: 'Dit document: de API als OpenAPI 3.1, gegenereerd uit de zod-schema\'s.',
    rollen: [],
    toegang: 'geen',
    publiek: true,
  },
] as const satisfies readonly Route[];

export type FunctieNaam = (typeof routes)[number]['functie'];
