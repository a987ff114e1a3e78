// Application layer: use case "start de workflow van een fase" (consumer of the events that open a phase).
import type { Detail } from '../contracts/domein-events';
import { heeftSchuldregelingFase } from '../domain/traject/traject';
import { laadTraject } from './bekijk-traject';
import type { Afhankelijkheden, WorkflowNaam } from './poorten';

/**
 * Starts the workflow of the phase an event opens. The execution is named after the traject (one per state machine),
 * so a redelivered event (EventBridge delivers at least once) finds the execution already there and starts nothing twice.
 *
 * - `aanmelding-ontvangen` → `in-contact` (In contact → Rust en overzicht).
 * - `beschikking-vastgesteld` → `plaatje-compleet`, only when the beschikking opened the betaalvoorstel step (a triage
 *   towards a schuldregeling); otherwise the case has no schuldregeling phase and nothing starts.
 * - `berekening-vastgelegd` after a betaalvoorstel was made from an earlier berekening (the consulent corrected it):
 *   `plaatje-compleet` again, named `<traject>-<volgnummer of the berekening>`, whose krediet Task makes the
 *   betaalvoorstel anew. The berekening that completes the step itself needs nothing: the waiting execution moves on.
 */
export async function startFaseWorkflow(
  deps: Pick<Afhankelijkheden, 'workflow' | 'opslag'>,
  detailType: 'aanmelding-ontvangen' | 'beschikking-vastgesteld' | 'berekening-vastgelegd' | 'fase-overgedragen',
  detail:
    | Detail<'aanmelding-ontvangen'>
    | Detail<'beschikking-vastgesteld'>
    | Detail<'berekening-vastgelegd'>
    | Detail<'fase-overgedragen'>,
): Promise<WorkflowNaam | undefined> {
  const { trajectId } = detail.data;
  const input = { trajectId, gemeente: detail.metadata.gemeente };
  if (detailType === 'aanmelding-ontvangen') {
    await deps.workflow.start('in-contact', trajectId, input);
    return 'in-contact';
  }
  if (detailType === 'fase-overgedragen' && 'naar' in detail.data) {
    // Named after the case and the hand-over's event, so a case that comes back into begeleiding a second time
    // (after a doorverwijzing that did not help) gets a new execution, and a redelivery starts nothing twice.
    const volgnummer = detail.metadata.id.split('/').at(-1);
    const workflow = { begeleiding: 'begeleiding', schuldregeling: 'plaatje-compleet' } as const;
    const naam =
      detail.data.naar === 'begeleiding' || detail.data.naar === 'schuldregeling'
        ? workflow[detail.data.naar]
        : undefined;
    if (!naam) return undefined;
    await deps.workflow.start(naam, `${trajectId}-${volgnummer}`, input);
    return naam;
  }
  const { traject } = await laadTraject(deps, trajectId);
  if (detailType === 'berekening-vastgelegd') {
    const laatste = traject.laatsteBerekening;
    if (!traject.betaalvoorstel || laatste === undefined || traject.betaalvoorstel.berekening === laatste) {
      return undefined;
    }
    await deps.workflow.start('plaatje-compleet', `${trajectId}-${laatste}`, input);
    return 'plaatje-compleet';
  }
  if (!heeftSchuldregelingFase(traject)) return undefined;
  await deps.workflow.start('plaatje-compleet', trajectId, input);
  return 'plaatje-compleet';
}
