// Fuzzer support: one valid body per route, the starting point of the mutations. A route that is not listed is
// fuzzed from `{}` (every mutation still follows its schema), so a new route is never skipped.
import { REGELING } from '../domain/triage/antwoorden';
import { DRIE_SCHULDEN } from '../support/schulden';

const huishouden = { peildatum: '2025-09-01', huishouden: 'alleenstaande', inkomenCent: 180_000 };

export const basisBodies: Record<string, unknown> = {
  'registreer-aanmelding': { naam: 'Fuzz Persoon', telefoon: '0612345678', ontvangenOp: '2026-03-02' },
  'verwijs-door': {
    naam: 'Fuzz Verwezen',
    telefoon: '0612345679',
    organisatie: 'Wijkteam',
    soort: 'wijkteam',
    toestemming: { gegeven: true, datum: '2026-03-09' },
  },
  'corrigeer-feit': { feit: 'eerste-gesprek.datum', nieuw: '2026-03-04', reden: 'typfout bij het vastleggen' },
  'beeindig-traject': { reden: 'ingetrokken' },
  'leg-betaling-vast': { maand: 1, ontvangenOp: '2026-03-20' },
  'beslis-op-bezwaar': { uitkomst: 'ongegrond' },
  'volg-doorverwijzing-op': { geholpen: true },
  'herzie-triage': { route: 'schuldregeling', reden: 'het inkomen is stabiel' },
  'voltooi-eerste-gesprek': { datum: '2026-03-04' },
  'neem-intake-af': {
    instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
    antwoorden: REGELING,
    plan: {
      doelen: ['Rust.'],
      acties: [{ wat: 'Brieven verzamelen', wie: 'u', wanneer: '2026-03-16' }],
      begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'overzicht' }],
      contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
      voorwaarden: ['post openen'],
      afwijzing: { gronden: ['geen'] },
    },
  },
  'stel-beschikking-vast': { datum: '2026-03-09' },
  'schort-op': { start: '2026-03-05', verwachtEinde: '2026-03-20', reden: 'stukken' },
  'beeindig-opschorting': { datum: '2026-03-08' },
  verleng: { stap: 'intake', dagen: 3, reden: 'tolk' },
  'bereken-vtlb': {
    ...huishouden,
    individueleLasten: { zorgpremieCent: 1, zorgtoeslagCent: 1, woonkostenCent: 1, huurtoeslagCent: 1 },
    overigeCorrecties: [{ omschrijving: 'x', bedragCent: 1, bron: 'y' }],
  },
  'bereken-saneringskrediet': { ...huishouden, schulden: DRIE_SCHULDEN, jaarrenteBasispunten: 0 },
  'leg-berekening-vast': { ...huishouden, schulden: DRIE_SCHULDEN, jaarrenteBasispunten: 0 },
};
