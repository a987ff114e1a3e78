// Primary adapter: the request and response schemas per route, for the OpenAPI document only. Handlers import their own
// schema directly, so a handler's bundle holds its own schemas and not every route's; the Record type makes every
// route appear here.
import * as z from 'zod/mini';
import voorbeeldBerekening from '../../../docs/voorbeeld-berekening.json' with { type: 'json' };
import voorbeeldGemeenteConfiguratie from '../../../docs/voorbeeld-gemeente-configuratie.json' with { type: 'json' };
import voorbeeldIntake from '../../../docs/voorbeeld-intake.json' with { type: 'json' };
import {
  AanmeldingVerzoek,
  BeeindigingVerzoek,
  BegeleidingEindeVerzoek,
  BezwaarBeslissingVerzoek,
  BezwaarVerzoek,
  DoorlooptijdenQuery,
  EersteGesprekVerzoek,
  HistorieQuery,
  IntakeVerzoek,
  InzageQuery,
  ModuleVerzoek,
  OpschortingEindeVerzoek,
  OpschortingVerzoek,
  OpvolgingVerzoek,
  TriageHerzieningVerzoek,
  VaststellingVerzoek,
  VerlengingVerzoek,
  VerwijzingVerzoek,
  WerkvoorraadQuery,
} from '../../contracts/api';
import {
  AanmeldingAntwoord,
  AfsluitingAntwoord,
  ConfiguratieAntwoord,
  DeadlineWeergave,
  DoorlooptijdenAntwoord,
  HerstartAntwoord,
  HistorieAntwoord,
  IdAntwoord,
  InzageAntwoord,
  TrajectWeergave,
  VerwijzingAntwoord,
  VerwijzingStatus,
  WerkvoorraadAntwoord,
} from '../../contracts/api-weergaven';
import {
  ContactmomentAntwoord,
  ContactmomentenAntwoord,
  ContactmomentenQuery,
  ContactmomentVerzoek,
  CorrectieAntwoord,
  CorrectieVerzoek,
  DocumentAntwoord,
  DocumentVerzoek,
  NotitieVerzoek,
  OverdrachtAntwoord,
  OverdrachtVerzoek,
  PersoonAntwoord,
  PersoonVerzoek,
  TeamAntwoord,
  TrajectenAntwoord,
  TrajectenQuery,
  ZoekVerzoek,
} from '../../contracts/consulent-api';
import { DdasExportAntwoord, DdasQuery } from '../../contracts/ddas';
import { EvaluatieVerzoek } from '../../contracts/evaluatie-api';
import {
  BsnVerzoek,
  EvaluatieAntwoord,
  OutreachAntwoord,
  OutreachUitkomstVerzoek,
  SignaalAanmeldingAntwoord,
  TerugvalUitkomstAntwoord,
  TerugvalUitkomstVerzoek,
} from '../../contracts/nazorg-api';
import { BetalingAntwoord, BetalingVerzoek } from '../../contracts/regeling-api';
import {
  BerekeningVastleggenVerzoek,
  KeuzeVerzoek,
  SchuldenAntwoord,
  SchuldVerzoek,
} from '../../contracts/schulden-api';
import { BeschikkingInhoud } from '../../domain/beschikking/beschikking-inhoud';
import {
  AfloscapaciteitAntwoord,
  SaneringskredietVerzoek,
  SchuldregelingAntwoord,
  SchuldregelingVerzoek,
  VtlbAntwoord,
  VtlbBerekeningVerzoek,
} from '../../domain/geld/schemas';
import { GemeenteConfiguratie } from '../../domain/gemeente/configuratie';
import { Datum } from '../../domain/traject/gebeurtenissen';
import { Instrument } from '../../domain/triage/instrument-schema';
import type { FunctieNaam } from './routes';

export interface RouteSchemas {
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  antwoord?: z.ZodMiniType;
  /** The route also answers `application/pdf` (by Accept); `antwoord` is then its JSON alternative. */
  pdf?: boolean;
  /** The route also answers `text/csv` (by a query parameter); `antwoord` is then its JSON alternative. */
  csv?: boolean;
  /** The route honours an `Idempotency-Key` request header. */
  idempotencyKey?: boolean;
  /** A 201 carries a `Location` header with the path of what was created. */
  location?: boolean;
  /** Further success statuses besides the route's own (with the same body). */
  ookStatus?: readonly number[];
  /** Problem statuses beyond the ones the route's shape implies (a 404 on a route without a path parameter). */
  ookProblemen?: readonly number[];
  /** A request body example, taken from a file in docs/ that tests keep valid. */
  voorbeeld?: { naam: string; waarde: unknown };
}

/** The JSON of the beschikking: its content as drawn up, and the day it was vastgesteld (null before). */
export const BeschikkingAntwoord = z.object({ json: BeschikkingInhoud, vastgesteldOp: z.nullable(Datum) });

/** Any JSON document (the OpenAPI and AsyncAPI documents themselves). */
const Document = z.record(z.string(), z.unknown());

/** Schemas shared by several routes: named once, referenced by every operation (components/schemas). */
export const schemaNamen: readonly (readonly [z.ZodMiniType, string])[] = [
  [TrajectWeergave, 'TrajectWeergave'],
  [DeadlineWeergave, 'DeadlineWeergave'],
  [IdAntwoord, 'IdAntwoord'],
  [Instrument, 'Instrument'],
];

export const routeSchemas: Record<FunctieNaam, RouteSchemas> = {
  'leg-bsn-vast': { body: BsnVerzoek, antwoord: IdAntwoord },
  'leg-outreach-uitkomst-vast': {
    body: OutreachUitkomstVerzoek,
    antwoord: z.object({ id: z.string(), uitkomst: z.string() }),
  },
  evalueer: { body: EvaluatieVerzoek, antwoord: EvaluatieAntwoord },
  'leg-terugval-uitkomst-vast': { body: TerugvalUitkomstVerzoek, antwoord: TerugvalUitkomstAntwoord },
  'bekijk-vroegsignalen': { antwoord: OutreachAntwoord },
  'meld-aan-vanuit-signaal': { antwoord: SignaalAanmeldingAntwoord },
  'registreer-aanmelding': {
    body: AanmeldingVerzoek,
    antwoord: AanmeldingAntwoord,
    idempotencyKey: true,
    location: true,
  },
  'verwijs-door': { body: VerwijzingVerzoek, antwoord: VerwijzingAntwoord, location: true, ookStatus: [200] },
  'bekijk-verwijzing': { antwoord: VerwijzingStatus },
  'bekijk-traject': { antwoord: TrajectWeergave },
  'bekijk-historie': { query: HistorieQuery, antwoord: HistorieAntwoord },
  'voltooi-eerste-gesprek': { body: EersteGesprekVerzoek, antwoord: TrajectWeergave },
  'neem-intake-af': {
    body: IntakeVerzoek,
    antwoord: TrajectWeergave,
    voorbeeld: { naam: 'voorbeeld-intake', waarde: voorbeeldIntake },
  },
  'haal-beschikking': { antwoord: BeschikkingAntwoord, pdf: true },
  'stel-beschikking-vast': { body: VaststellingVerzoek, antwoord: TrajectWeergave },
  'schort-op': { body: OpschortingVerzoek, antwoord: IdAntwoord, idempotencyKey: true, location: true },
  'beeindig-opschorting': { body: OpschortingEindeVerzoek, antwoord: TrajectWeergave },
  verleng: { body: VerlengingVerzoek, antwoord: IdAntwoord, idempotencyKey: true },
  werkvoorraad: { query: WerkvoorraadQuery, antwoord: WerkvoorraadAntwoord },
  'rapporteer-doorlooptijden': { query: DoorlooptijdenQuery, antwoord: DoorlooptijdenAntwoord },
  'bereken-vtlb': {
    body: VtlbBerekeningVerzoek,
    antwoord: z.object({ vtlb: VtlbAntwoord, afloscapaciteit: AfloscapaciteitAntwoord }),
  },
  'bereken-saneringskrediet': {
    body: z.union([SaneringskredietVerzoek, SchuldregelingVerzoek]),
    voorbeeld: { naam: 'voorbeeld-berekening', waarde: voorbeeldBerekening },
    antwoord: z.partial(SchuldregelingAntwoord, { vtlb: true, afloscapaciteit: true }),
  },
  'leg-berekening-vast': {
    body: BerekeningVastleggenVerzoek,
    antwoord: z.object({ volgnummer: z.int(), berekening: SchuldregelingAntwoord }),
    voorbeeld: { naam: 'voorbeeld-berekening', waarde: voorbeeldBerekening },
  },
  'beeindig-traject': { body: BeeindigingVerzoek, antwoord: AfsluitingAntwoord },
  'herstart-workflow': { antwoord: HerstartAntwoord },
  'registreer-bezwaar': { body: BezwaarVerzoek, antwoord: IdAntwoord, idempotencyKey: true, location: true },
  'beslis-op-bezwaar': { body: BezwaarBeslissingVerzoek, antwoord: TrajectWeergave },
  'plan-begeleidingsmodule': { body: ModuleVerzoek, antwoord: TrajectWeergave },
  'beeindig-begeleiding': { body: BegeleidingEindeVerzoek, antwoord: TrajectWeergave },
  'herzie-triage': { body: TriageHerzieningVerzoek, antwoord: TrajectWeergave },
  'volg-doorverwijzing-op': { body: OpvolgingVerzoek, antwoord: TrajectWeergave },
  'bekijk-gemeente-configuratie': { antwoord: ConfiguratieAntwoord, ookProblemen: [404] },
  'wijzig-gemeente-configuratie': {
    body: GemeenteConfiguratie,
    antwoord: ConfiguratieAntwoord,
    voorbeeld: { naam: 'voorbeeld-gemeente-configuratie', waarde: voorbeeldGemeenteConfiguratie },
  },
  openapi: { antwoord: Document },
  'bekijk-instrument': { antwoord: Instrument },
  asyncapi: { antwoord: Document },
  'exporteer-ddas': { query: DdasQuery, antwoord: DdasExportAntwoord, csv: true },
  'lijst-trajecten': { query: TrajectenQuery, antwoord: TrajectenAntwoord },
  'bekijk-team': { antwoord: TeamAntwoord },
  'zoek-traject': { body: ZoekVerzoek, antwoord: TrajectenAntwoord },
  'geplande-contactmomenten': { query: ContactmomentenQuery, antwoord: ContactmomentenAntwoord },
  'leg-contactmoment-vast': { body: ContactmomentVerzoek, antwoord: ContactmomentAntwoord },
  'leg-notitie-vast': { body: NotitieVerzoek, antwoord: IdAntwoord },
  'voeg-document-toe': { body: DocumentVerzoek, antwoord: DocumentAntwoord },
  'haal-document': {},
  'wijzig-persoon': { body: PersoonVerzoek, antwoord: PersoonAntwoord },
  'corrigeer-feit': { body: CorrectieVerzoek, antwoord: CorrectieAntwoord, ookStatus: [200] },
  'draag-begeleiding-over': { body: OverdrachtVerzoek, antwoord: OverdrachtAntwoord },
  'registreer-schuld': { body: SchuldVerzoek, antwoord: SchuldenAntwoord, ookStatus: [200] },
  'bekijk-schulden': { antwoord: SchuldenAntwoord },
  'kies-dwangakkoord-of-wsnp': { body: KeuzeVerzoek, antwoord: SchuldenAntwoord },
  'bekijk-inzage': { query: InzageQuery, antwoord: InzageAntwoord },
  'leg-betaling-vast': { body: BetalingVerzoek, antwoord: BetalingAntwoord },
};
