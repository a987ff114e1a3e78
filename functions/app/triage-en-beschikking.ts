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
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { berekenDeadline } from '../domain/normen/deadline';
import { deadlinesVan } from '../domain/traject/deadlines';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { leidtTotSchuldregeling, type Traject } from '../domain/traject/traject';
import { aanbodVoorDoelgroepen, bepaalTriage, type TriageUitkomst, zoekInstrument } from '../domain/triage/triage';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadTraject, laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

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

/** The beschikking's input from the case: the triage, the draft plan, the running deadlines and the target groups. */
export function beschikkingInvoer(traject: Traject, vandaag: string): BeschikkingInvoerInput {
  const plan = traject.intake?.plan as PlanVerzoek | undefined;
  const triage = traject.triage?.uitkomst as unknown as TriageUitkomst | undefined;
  if (!plan || !triage) throw new ConflictFout('GEEN_TRIAGE', `traject ${traject.id} heeft nog geen intake en triage`);
  const basis = {
    trajectId: traject.id,
    // The beschikking writes "Gemeente <naam>"; without a register of gemeente names the CBS code stands in.
    gemeente: { code: traject.gemeente, naam: traject.gemeente },
    aanvrager: { naam: traject.aanvrager.naam },
    datum: vandaag,
    begeleider: traject.begeleider ?? 'uw consulent',
  };
  if (plan.afwijzing) return { ...basis, besluit: 'afwijzing', gronden: plan.afwijzing.gronden };
  const vaststelling = berekenDeadline({ stap: 'vaststelling', start: vandaag, gemeente: traject.gemeente });
  const lopend = deadlinesVan(traject, vandaag).filter((d) => d.status !== 'voltooid');
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
    procesoverzicht: [
      {
        stap: 'vaststelling',
        deadline: vaststelling.deadline,
        omschrijving: 'Uw consulent stelt deze beschikking vast; daarna gaat het plan van aanpak in.',
      },
      ...lopend.map((d) => ({ stap: d.stap, deadline: d.deadline, omschrijving: d.norm.omschrijving })),
      // The betaalvoorstel's term runs from the vaststelling; its latest date follows from the vaststelling's deadline.
      ...(leidtTotSchuldregeling(triage.route)
        ? [
            {
              stap: 'betaalvoorstel',
              deadline: berekenDeadline({
                stap: 'betaalvoorstel',
                start: vaststelling.deadline,
                gemeente: traject.gemeente,
              }).deadline,
              omschrijving:
                'Uw consulent rekent uit hoeveel u per maand kunt aflossen en stelt het betaalvoorstel aan uw schuldeisers op.',
            },
          ]
        : []),
    ],
    contactmomenten: plan.contactmomenten,
  };
}

/**
 * Task StelBeschikkingOp: the content (JSON) and the PDF, stored in the document store; the vaststelling step opens.
 * A retry after a stored beschikking changes nothing.
 */
export async function stelBeschikkingOpVoorWorkflow(
  deps: Afhankelijkheden,
  renderer: BeschikkingRenderer,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ opgesteld: true }> {
  await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    if (traject.beschikking) return;
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const inhoud = stelBeschikkingOp(beschikkingInvoer(traject, vandaag));
    const pdf = await renderer.render(inhoud);
    const sleutel = `beschikkingen/${traject.gemeente}/${traject.id}/${traject.versie + 1}.pdf`;
    await deps.documenten.bewaar(sleutel, pdf, 'application/pdf');
    await legVast(
      deps,
      traject.id,
      geladen,
      {
        type: 'beschikking-opgesteld',
        data: {
          datum: vandaag,
          inhoud: inhoud as unknown as Record<string, unknown>,
          document: { sleutel, sha256: createHash('sha256').update(pdf).digest('hex'), bytes: pdf.byteLength },
        },
      },
      { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId },
    );
  });
  return { opgesteld: true };
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
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
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
  return { json: traject.beschikking.inhoud, vastgesteldOp: traject.beschikking.vastgesteldOp ?? null };
}
