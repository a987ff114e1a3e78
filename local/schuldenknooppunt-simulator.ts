// Local runtime: the Schuldenknooppunt's side, behind the same port as the AWS adapter. It puts every outbound
// message on the bus as the adapter does, and plays the creditors: each answers as configured (after N werkdagen,
// never, refuses then agrees after the heroverweging, twice, a duplicate) by publishing the
// `nl.schuldhulp.schuldenknooppunt` event the real integration would publish.
import { BusSchuldenknooppunt } from '../functions/adapters/bus-schuldenknooppunt';
import type { Klok, Schuldenknooppunt, TrajectOpslag, UitgaandKnooppuntBericht } from '../functions/app/poorten';
import {
  type BerichtSoort,
  KNOOPPUNT_BRON,
  type KnooppuntBericht,
} from '../functions/contracts/schuldenknooppunt-berichten';
import { eindeVanDagInAmsterdam, plusWerkdagen, vandaagInAmsterdam } from '../functions/domain/kalender/kalender';
import type { LokaleBus } from './bus';

export type VoorstelAntwoord = 'akkoord' | 'afwijzing' | 'heroverwegingsverzoek' | 'nooit';

export interface SchuldeiserGedrag {
  /** Werkdagen until each answer (default 2); above 10 the answer comes after the reminder. */
  naWerkdagen?: number;
  /** Answers nothing at all (no answer to an offer counts as a refusal). */
  nooit?: boolean;
  /** Never answers the saldoverzoek (the known amount counts), but answers the offer. */
  saldoNooit?: boolean;
  /** The balance in the saldo-opgave; default the amount registered on the case. */
  saldoCent?: number;
  /** Answer to the betaalvoorstel (default akkoord). */
  voorstel?: VoorstelAntwoord;
  /** Answer to the heroverweging (default akkoord). */
  heroverweging?: VoorstelAntwoord;
  /** Every answer is delivered twice with the same message id. */
  dubbel?: boolean;
  /** A second saldo-opgave, a werkdag later, with a new message id and this balance (a correction). */
  tweedeSaldoCent?: number;
}

export class SchuldenknooppuntSimulator implements Schuldenknooppunt {
  readonly verzonden: UitgaandKnooppuntBericht[] = [];
  /** Every message the simulated creditors published. */
  readonly gepubliceerd: { soort: BerichtSoort; detail: KnooppuntBericht }[] = [];
  private readonly adapter: BusSchuldenknooppunt;
  private readonly gedragen = new Map<string, SchuldeiserGedrag>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly gezien = new Set<string>();
  private readonly lopend = new Set<Promise<void>>();

  constructor(
    private readonly bus: LokaleBus,
    private readonly klok: Klok & { snelheid: number },
    private readonly opslag: () => TrajectOpslag,
  ) {
    this.adapter = new BusSchuldenknooppunt(bus, klok.nu);
  }

  /** How the creditor registered as `schuldeiserId` (on any case) behaves; default: answers after 2 werkdagen, agrees. */
  gedrag(schuldeiserId: string, gedrag: SchuldeiserGedrag): void {
    this.gedragen.set(schuldeiserId, gedrag);
  }

  async verstuur(berichten: UitgaandKnooppuntBericht[]): Promise<void> {
    await this.adapter.verstuur(berichten);
    // As the integration must: a message id it delivered before is not delivered again (the sender is at least once).
    const nieuw = berichten.filter((b) => !this.gezien.has(b.berichtId));
    for (const b of nieuw) this.gezien.add(b.berichtId);
    this.verzonden.push(...nieuw);
    for (const b of nieuw) {
      const klaar = this.speel(b).catch(() => undefined);
      this.lopend.add(klaar);
      void klaar.finally(() => this.lopend.delete(klaar));
    }
  }

  /** A message as a creditor would send it, for a case that does not exist (it must land in the dead-letter queue). */
  async stuurVoorOnbekendTraject(gemeente: string): Promise<void> {
    await this.publiceer('saldo-opgave', {
      metadata: this.metadata('onbekend/1', gemeente),
      data: {
        trajectId: 'ONBEKEND-TRAJECT',
        schuldeiserId: 'energie',
        datum: vandaagInAmsterdam(this.klok.nu()),
        bedragCent: 1,
      },
    });
  }

  /** Publishes a message as the integration would (tests replay messages through this). */
  async publiceer(soort: BerichtSoort, detail: KnooppuntBericht): Promise<void> {
    this.gepubliceerd.push({ soort, detail });
    await this.bus.publiceerInkomend(KNOOPPUNT_BRON, soort, detail as unknown as Record<string, unknown>);
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private metadata(id: string, gemeente: string): KnooppuntBericht['metadata'] {
    return { id, occurredAt: this.klok.nu().toISOString(), gemeente, correlationId: id, version: 1 };
  }

  private async speel(b: UitgaandKnooppuntBericht): Promise<void> {
    const geladen = await this.opslag().laad(b.trajectId);
    const schuld = geladen?.traject.schulden?.schulden.find((s) => s.nr === b.schuldeiser);
    if (!schuld) return;
    const g = this.gedragen.get(schuld.schuldeiserId) ?? {};
    if (g.nooit) return;
    const basis = {
      trajectId: b.trajectId,
      schuldeiserId: schuld.schuldeiserId,
    };
    const antwoorden: { na: number; soort: BerichtSoort; id: string; extra: Record<string, unknown> }[] = [];
    const na = g.naWerkdagen ?? 2;
    if (b.bericht === 'kennisgeving-saldoverzoek' && !g.saldoNooit) {
      antwoorden.push({
        na,
        soort: 'saldo-opgave',
        id: `${b.berichtId}/antwoord`,
        extra: { bedragCent: g.saldoCent ?? schuld.bedragCent },
      });
      if (g.tweedeSaldoCent !== undefined) {
        antwoorden.push({
          na: na + 1,
          soort: 'saldo-opgave',
          id: `${b.berichtId}/correctie`,
          extra: { bedragCent: g.tweedeSaldoCent },
        });
      }
    } else if (b.bericht === 'betaalvoorstel' || b.bericht === 'heroverweging') {
      const keuze = (b.bericht === 'betaalvoorstel' ? g.voorstel : g.heroverweging) ?? 'akkoord';
      if (keuze !== 'nooit') {
        antwoorden.push({
          na,
          soort: keuze,
          id: `${b.berichtId}/antwoord`,
          extra: keuze === 'afwijzing' ? { reden: 'Het aanbod is te laag.' } : {},
        });
      }
    }
    for (const a of antwoorden) {
      for (let i = 0; i < (g.dubbel ? 2 : 1); i++) this.plan(a.na, b.gemeente, a.soort, a.id, { ...basis, ...a.extra });
    }
  }

  /** Publishes the answer at the end of the day N werkdagen from now (simulated time, so the fast clock applies). */
  private plan(
    werkdagen: number,
    gemeente: string,
    soort: BerichtSoort,
    id: string,
    data: Record<string, unknown>,
  ): void {
    const nu = this.klok.nu();
    const dag = plusWerkdagen(vandaagInAmsterdam(nu), werkdagen);
    const op = new Date(eindeVanDagInAmsterdam(dag).getTime() - 3_600_000); // 23:00 that day
    const ms = Math.max(0, (op.getTime() - nu.getTime()) / this.klok.snelheid);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.publiceer(soort, {
        metadata: this.metadata(id, gemeente),
        data: { ...data, datum: dag },
      } as unknown as KnooppuntBericht).catch(() => undefined);
    }, ms);
    this.timers.add(timer);
  }
}
