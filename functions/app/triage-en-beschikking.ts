// Application layer: the workflow Tasks after the intake (triage, beschikking, advies, koppelingen) and the
// consulent's vaststelling. Every Task takes the case id only and reads its inputs from the store.
import { createHash } from 'node:crypto';
import type { PlanVerzoek } from '../contracts/api';
import {
  type BeschikkingInhoud,
  type BeschikkingInvoerInput,
  stelBeschikkingOp,
} from '../domain/beschikking/beschikking';
import { ConflictFout, GeenToegangFout, NietGevondenFout, ValidatieFout } from '../domain/fouten';
import { adresRegel } from '../domain/gemeente/configuratie';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { berekenDeadline } from '../domain/normen/deadline';
import { metNormtekst } from '../domain/normen/normteksten';
import { deadlinesVan } from '../domain/traject/deadlines';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { leidtTotSchuldregeling, type Traject } from '../domain/traject/traject';
import { aanbodVoorDoelgroepen, bepaalTriage, type TriageUitkomst, zoekInstrument } from '../domain/triage/triage';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadTraject, laadVoorGemeente, laadVoorWijziging } from './bekijk-traject';
import { type Termijnen, termijnenVoorWorkflow } from './controleer-stap';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden, OpgeslagenConfiguratie } from './poorten';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'workflow' };

/** Task BepaalTriage: the route from the stored answers; computed once, a retry returns the stored route. */
export async function bepaalTriageVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ route: string }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    if (traject.triage) return { route: traject.triage.route };
    if (!traject.intake) throw new ConflictFout('GEEN_INTAKE', `traject ${traject.id} heeft nog geen intake`);
    const uitkomst = bepaalTriage(zoekInstrument(traject.intake.instrument), traject.intake.antwoorden);
    await legVast(
      deps,
      traject.id,
      geladen,
      {
        type: 'triage-bepaald',
        data: { route: uitkomst.route, uitkomst: uitkomst as unknown as Record<string, unknown> },
      },
      { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId },
    );
    return { route: uitkomst.route };
  });
}

/** Task SluitMetAdvies: the advies route ends the case; the triage's reasons are the written advice. */
export async function sluitMetAdvies(deps: Afhankelijkheden, opdracht: { trajectId: string; correlatieId: string }) {
  await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    if (geladen.traject.afgesloten) return;
    await legVast(
      deps,
      opdracht.trajectId,
      geladen,
      { type: 'traject-afgesloten', data: { reden: 'advies-gegeven', op: vandaagInAmsterdam(deps.klok.nu()) } },
      { actor: SYSTEEM, gemeente: geladen.traject.gemeente, correlatieId: opdracht.correlatieId },
    );
  });
  return { afgesloten: true };
}

export interface BeschikkingRenderer {
  render(inhoud: BeschikkingInhoud): Promise<Uint8Array>;
}

/** What the letter needs from the gemeente's configuration; without it no valid letter can be drawn up. */
function briefgegevens(configuratie: OpgeslagenConfiguratie | undefined, gemeente: string) {
  if (!configuratie) {
    throw new ConflictFout(
      'GEEN_CONFIGURATIE',
      `gemeente ${gemeente} heeft geen configuratie (naam, adressen, ondertekenaar): een beschikking moet zeggen waar bezwaar heen gaat (Awb 6:5); een teamleider legt haar vast met PUT /gemeente/configuratie`,
    );
  }
  const c = configuratie.configuratie;
  return {
    naam: c.naam,
    contact: {
      postadres: adresRegel(c.postadres),
      bezwaaradres: adresRegel(c.bezwaaradres ?? c.postadres),
      telefoon: c.telefoon,
      ondertekenaar: c.ondertekenaar,
    },
  };
}

/** A step of the process overview the letter promises, computed from the norm that will apply. */
function verwachteStap(stap: 'betaalvoorstel' | 'begeleiding' | 'doorverwijzing', start: string, gemeente: string) {
  const OMSCHRIJVING = {
    betaalvoorstel:
      'Uw consulent rekent uit hoeveel u per maand kunt aflossen en stelt het betaalvoorstel aan uw schuldeisers op.',
    begeleiding: 'U krijgt de begeleiding uit dit plan. Uiterlijk dan plannen of evalueren wij die samen met u.',
    doorverwijzing: 'Wij vragen u en de organisatie waarnaar wij u verwezen of u daar geholpen wordt.',
  } as const;
  return { stap, deadline: berekenDeadline({ stap, start, gemeente }).deadline, omschrijving: OMSCHRIJVING[stap] };
}

/** The route's first step after the vaststelling, as the letter announces it. */
function routeStap(triage: TriageUitkomst, vanaf: string, gemeente: string) {
  if (leidtTotSchuldregeling(triage.route)) return [verwachteStap('betaalvoorstel', vanaf, gemeente)];
  if (triage.route === 'doorverwijzing') {
    return triage.doorverwijzing.naar === 'wsnp' ? [] : [verwachteStap('doorverwijzing', vanaf, gemeente)];
  }
  return [verwachteStap('begeleiding', vanaf, gemeente)];
}

/**
 * The beschikking's input from the case: the triage, the draft plan, the running deadlines, the target groups and
 * the gemeente's configuration. `bekendmaking`: the definitive letter, dated and sent on the day of the vaststelling,
 * whose process overview starts after it; otherwise the concept, whose overview starts with the vaststelling.
 */
export function beschikkingInvoer(
  traject: Traject,
  vandaag: string,
  configuratie: OpgeslagenConfiguratie | undefined,
  bekendmaking?: { datum: string },
): BeschikkingInvoerInput {
  const plan = traject.intake?.plan as PlanVerzoek | undefined;
  const triage = traject.triage?.uitkomst as unknown as TriageUitkomst | undefined;
  if (!plan || !triage) throw new ConflictFout('GEEN_TRIAGE', `traject ${traject.id} heeft nog geen intake en triage`);
  const brief = briefgegevens(configuratie, traject.gemeente);
  const datum = bekendmaking?.datum ?? vandaag;
  const basis = {
    trajectId: traject.id,
    gemeente: { code: traject.gemeente, naam: brief.naam },
    contact: brief.contact,
    aanvrager: { naam: traject.aanvrager.naam },
    datum,
    ...(bekendmaking ? { verzenddatum: bekendmaking.datum } : {}),
    ...(traject.intake ? { planVanaf: traject.intake.datum } : {}),
    begeleider: traject.begeleiderNaam ?? traject.begeleider ?? 'uw consulent',
  };
  if (plan.afwijzing) return { ...basis, besluit: 'afwijzing', gronden: plan.afwijzing.gronden };
  // The overview lists what comes next: a term that has already passed (a late case) is in the case view and the
  // worklist as overdue, not in the letter as a date to come (and would make the letter invalid: the Task fails).
  // The letter describes each step with its norm's omschrijving (normteksten.ts).
  const komend = deadlinesVan(traject, datum)
    .filter((d) => d.status !== 'voltooid' && d.deadline >= datum)
    .map(metNormtekst);
  const lopend = komend.filter((d) => d.stap !== 'vaststelling' && d.stap !== 'beschikking');
  const procesoverzicht = bekendmaking
    ? [
        // After the vaststelling: the route's own next step, unless the case already has it with its real deadline.
        ...routeStap(triage, datum, traject.gemeente).filter((r) => !lopend.some((d) => d.stap === r.stap)),
        ...lopend.map((d) => ({ stap: d.stap, deadline: d.deadline, omschrijving: d.norm.omschrijving })),
      ]
    : (() => {
        const vaststelling = berekenDeadline({ stap: 'vaststelling', start: datum, gemeente: traject.gemeente });
        return [
          {
            stap: 'vaststelling',
            deadline: vaststelling.deadline,
            omschrijving: 'Uw consulent stelt deze beschikking vast; daarna gaat het plan van aanpak in.',
          },
          // The beschikking's legal term still runs beside the concept; it ends with the vaststelling.
          ...komend
            .filter((d) => d.stap !== 'vaststelling')
            .map((d) => ({ stap: d.stap, deadline: d.deadline, omschrijving: d.norm.omschrijving })),
          // The route's next step runs from the vaststelling; its latest date follows from the vaststelling's deadline.
          ...routeStap(triage, vaststelling.deadline, traject.gemeente),
        ];
      })();
  return {
    ...basis,
    besluit: 'toelating',
    triage: { route: triage.route, redenen: triage.redenen, instrument: triage.instrument },
    doelen: plan.doelen,
    acties: plan.acties,
    begeleidingsmodules: plan.begeleidingsmodules,
    voorwaarden: plan.voorwaarden,
    doelgroepen: aanbodVoorDoelgroepen(triage.doelgroepen).map((a) => ({
      doelgroep: a.doelgroep,
      aanbod: a.aanbod.map((i) => `${i.titel}: ${i.omschrijving}`),
      contacten: a.contacten.map((c) => [c.naam, c.telefoon, c.url].filter(Boolean).join(', ')),
    })),
    procesoverzicht,
    contactmomenten: plan.contactmomenten,
  };
}

/** Renders and stores one version of the letter; returns the event data. */
async function maakBrief(
  deps: Afhankelijkheden,
  renderer: BeschikkingRenderer,
  traject: Traject,
  inhoud: BeschikkingInhoud,
  naam: string,
) {
  const pdf = await renderer.render(inhoud);
  const sleutel = `beschikkingen/${traject.gemeente}/${traject.id}/${naam}.pdf`;
  await deps.documenten.bewaar(sleutel, pdf, 'application/pdf');
  return {
    inhoud: inhoud as unknown as Record<string, unknown>,
    document: { sleutel, sha256: createHash('sha256').update(pdf).digest('hex'), bytes: pdf.byteLength },
  };
}

/**
 * Task StelBeschikkingOp (concept): the content (JSON) and the PDF, stored in the document store; the vaststelling
 * step opens. A retry after a stored beschikking changes nothing. Output: the besluit and the wait of every step
 * (`termijnen`, as a check answers), which the vaststelling's wait reads.
 */
export async function stelBeschikkingOpVoorWorkflow(
  deps: Afhankelijkheden,
  renderer: BeschikkingRenderer,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ opgesteld: true; besluit: 'toelating' | 'afwijzing'; termijnen: Termijnen }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    const termijnen = (t: Traject) => termijnenVoorWorkflow(t, deps.klok.nu(), deps.klok);
    if (traject.beschikking)
      return { opgesteld: true, besluit: traject.beschikking.besluit, termijnen: termijnen(traject) };
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const configuratie = await deps.configuratie.haal(traject.gemeente);
    const inhoud = stelBeschikkingOp(beschikkingInvoer(traject, vandaag, configuratie));
    const brief = await maakBrief(deps, renderer, traject, inhoud, `${traject.versie + 1}`);
    const na = await legVast(
      deps,
      traject.id,
      geladen,
      { type: 'beschikking-opgesteld', data: { datum: vandaag, ...brief } },
      { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId },
    );
    // The vaststelling step is open now: its wait starts on this, without a check first.
    return { opgesteld: true, besluit: inhoud.soort, termijnen: termijnen(na.traject) };
  });
}

/**
 * Task MaakBeschikkingBekend (after the vaststelling): the definitive letter, dated and sent on the day of the
 * vaststelling (Awb 3:41 bekendmaking by toezending), so its bezwaartermijn runs from the day after (Awb 6:8 lid 1);
 * its process overview is the case's real next steps. A retry after it was made changes nothing.
 */
export async function maakBeschikkingBekend(
  deps: Afhankelijkheden,
  renderer: BeschikkingRenderer,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ bekendgemaakt: true; besluit: 'toelating' | 'afwijzing' }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    const b = traject.beschikking;
    if (!b?.vastgesteldOp)
      throw new ConflictFout('NIET_VASTGESTELD', `de beschikking van ${traject.id} is niet vastgesteld`);
    if (b.bekendgemaaktOp) return { bekendgemaakt: true, besluit: b.besluit };
    const configuratie = await deps.configuratie.haal(traject.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const inhoud = stelBeschikkingOp(beschikkingInvoer(traject, vandaag, configuratie, { datum: b.vastgesteldOp }));
    const brief = await maakBrief(deps, renderer, traject, inhoud, 'bekendmaking');
    await legVast(
      deps,
      traject.id,
      geladen,
      { type: 'beschikking-bekendgemaakt', data: { datum: b.vastgesteldOp, ...brief } },
      { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId },
    );
    return { bekendgemaakt: true, besluit: b.besluit };
  });
}

/**
 * Task MeldKoppelingen: from the plan van aanpak on the case is registered at VISH (so bailiffs know), and the
 * schuldenpauze is requested where the plan asks for it. Each message goes out once.
 */
export async function meldKoppelingen(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ gemeld: string[] }> {
  const gemeld: string[] = [];
  for (const soort of ['vish-registratie', 'schuldenpauze'] as const) {
    await metHerhalingBijConflict(async () => {
      const geladen = await laadTraject(deps, opdracht.trajectId);
      const { traject } = geladen;
      const plan = traject.intake?.plan as PlanVerzoek | undefined;
      if (soort === 'schuldenpauze' && !plan?.schuldenpauze) return;
      if (traject.koppelingen.some((k) => k.koppeling === soort)) return;
      await deps.koppelingen.meld(soort, traject.id, traject.gemeente);
      await legVast(
        deps,
        traject.id,
        geladen,
        { type: 'koppeling-gemeld', data: { koppeling: soort, op: vandaagInAmsterdam(deps.klok.nu()) } },
        { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId },
      );
      gemeld.push(soort);
    });
  }
  return { gemeld };
}

/**
 * Use case "stel de beschikking vast": a consulent approves the drafted beschikking; only then it counts as issued.
 * Completes the vaststelling and the beschikking steps and resumes the workflow.
 */
export async function stelBeschikkingVast(
  deps: Afhankelijkheden,
  opdracht: { id: string; gemeente: string; rol: Rol; actor: Actor; correlatieId: string; datum?: string },
): Promise<void> {
  eisBehandelaar(opdracht.rol, 'stelt een beschikking vast');
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    const b = geladen.traject.beschikking;
    if (!b) throw new ConflictFout('GEEN_BESCHIKKING', 'er is nog geen beschikking opgesteld');
    if (b.vastgesteldOp !== undefined) {
      // A replay: the same request (no date, or the recorded date) changes nothing; another date is refused.
      if (opdracht.datum === undefined || opdracht.datum === b.vastgesteldOp) return;
      throw new ConflictFout(
        'BESCHIKKING_AL_VASTGESTELD',
        `de beschikking is al vastgesteld op ${b.vastgesteldOp}; een andere datum is niet verwerkt`,
      );
    }
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const datum = opdracht.datum ?? vandaag;
    if (datum > vandaag) {
      throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een vaststelling kan niet in de toekomst liggen', [
        { veld: 'datum', melding: `ligt na vandaag (${vandaag})` },
      ]);
    }
    if (datum < b.datum) throw new ConflictFout('DATUM_VOOR_OPSTELLEN', `de beschikking is opgesteld op ${b.datum}`);
    const door = opdracht.actor.soort === 'medewerker' ? opdracht.actor.sub : opdracht.actor.naam;
    await legVast(deps, opdracht.id, geladen, { type: 'beschikking-vastgesteld', data: { datum, door } }, opdracht);
  });
  await hervatStap(deps, opdracht.id, opdracht.gemeente, 'vaststelling');
}

/** The beschikking as JSON, or the PDF, for an authorised user of the gemeente. */
export async function haalBeschikking(
  deps: Afhankelijkheden,
  opdracht: { id: string; gemeente: string; rol: Rol; formaat: 'pdf' | 'json' },
): Promise<{ json: Record<string, unknown>; vastgesteldOp: string | null } | { pdf: Uint8Array }> {
  if (opdracht.rol === 'verwijzer') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'een verwijzer ziet alleen de status van de verwijzing');
  }
  const { traject } = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
  if (!traject.beschikking) throw new NietGevondenFout('GEEN_BESCHIKKING', 'er is nog geen beschikking opgesteld');
  if (opdracht.formaat === 'pdf') return { pdf: await deps.documenten.haal(traject.beschikking.document.sleutel) };
  // The content is in its event, read by volgnummer (one GetItem), not in the fold that every load reads.
  const event = (await deps.opslag.gebeurtenis(traject.id, traject.beschikking.inhoudIn))?.gebeurtenis.gebeurtenis;
  if (event?.type !== 'beschikking-opgesteld' && event?.type !== 'beschikking-bekendgemaakt') {
    throw new Error(`traject ${traject.id}: event ${traject.beschikking.inhoudIn} holds no beschikking`);
  }
  return { json: event.data.inhoud, vastgesteldOp: traject.beschikking.vastgesteldOp ?? null };
}
