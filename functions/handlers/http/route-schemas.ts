// Primary adapter: the request and response schemas per route, for the OpenAPI document only. Handlers import their own
// schema directly, so a handler's bundle holds its own schemas and not every route's; the Record type makes every
// route appear here.
import * as z from 'zod/mini';
import {
  AanmeldingAntwoord,
  AanmeldingVerzoek,
  DoorlooptijdenAntwoord,
  DoorlooptijdenQuery,
  EersteGesprekVerzoek,
  IdAntwoord,
  IntakeVerzoek,
  InzageAntwoord,
  InzageQuery,
  OpschortingEindeVerzoek,
  OpschortingVerzoek,
  TrajectWeergave,
  VaststellingVerzoek,
  VerlengingVerzoek,
  VerwijzingAntwoord,
  VerwijzingStatus,
  VerwijzingVerzoek,
  WerkvoorraadAntwoord,
  WerkvoorraadQuery,
} from '../../contracts/api';
import {
  AfloscapaciteitAntwoord,
  SaneringskredietVerzoek,
  SchuldregelingAntwoord,
  SchuldregelingVerzoek,
  VtlbAntwoord,
  VtlbBerekeningVerzoek,
} from '../../domain/geld/schemas';
import type { FunctieNaam } from './routes';

export interface RouteSchemas {
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  antwoord?: z.ZodMiniType;
}

export const routeSchemas: Record<FunctieNaam, RouteSchemas> = {
  'registreer-aanmelding': { body: AanmeldingVerzoek, antwoord: AanmeldingAntwoord },
  'verwijs-door': { body: VerwijzingVerzoek, antwoord: VerwijzingAntwoord },
  'bekijk-verwijzing': { antwoord: VerwijzingStatus },
  'bekijk-traject': { antwoord: TrajectWeergave },
  'voltooi-eerste-gesprek': { body: EersteGesprekVerzoek, antwoord: TrajectWeergave },
  'neem-intake-af': { body: IntakeVerzoek, antwoord: TrajectWeergave },
  'haal-beschikking': {},
  'stel-beschikking-vast': { body: VaststellingVerzoek, antwoord: TrajectWeergave },
  'schort-op': { body: OpschortingVerzoek, antwoord: IdAntwoord },
  'beeindig-opschorting': { body: OpschortingEindeVerzoek, antwoord: TrajectWeergave },
  verleng: { body: VerlengingVerzoek, antwoord: IdAntwoord },
  werkvoorraad: { query: WerkvoorraadQuery, antwoord: WerkvoorraadAntwoord },
  'rapporteer-doorlooptijden': { query: DoorlooptijdenQuery, antwoord: DoorlooptijdenAntwoord },
  'bereken-vtlb': {
    body: VtlbBerekeningVerzoek,
    antwoord: z.object({ vtlb: VtlbAntwoord, afloscapaciteit: AfloscapaciteitAntwoord }),
  },
  'bereken-saneringskrediet': {
    body: z.union([SaneringskredietVerzoek, SchuldregelingVerzoek]),
    antwoord: z.partial(SchuldregelingAntwoord, { vtlb: true, afloscapaciteit: true }),
  },
  'leg-berekening-vast': {
    body: SchuldregelingVerzoek,
    antwoord: z.object({ volgnummer: z.int(), berekening: SchuldregelingAntwoord }),
  },
  openapi: {},
  'bekijk-inzage': { query: InzageQuery, antwoord: InzageAntwoord },
};
