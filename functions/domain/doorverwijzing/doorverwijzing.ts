// Domain layer: the doorverwijzing route: a warm hand-over to another organisation and its follow-up.
import { ConflictFout, ValidatieFout } from '../fouten';
import type { TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { Traject } from '../traject/traject';
import type { DoorverwijzingNaar } from '../triage/triage-uitkomst';

type Gebeurtenis<T extends TrajectGebeurtenis['type']> = Extract<TrajectGebeurtenis, { type: T }>;

export interface Doorverwijzing {
  naar: DoorverwijzingNaar;
  organisatie: string;
  datum: string;
  opvolging?: { datum: string; geholpen: boolean };
}

/** Who the person is handed over to, by kind; the gemeente's configuration may name its own partner. */
export const STANDAARD_ORGANISATIE: Record<DoorverwijzingNaar, string> = {
  beschermingsbewind: 'een beschermingsbewindvoerder (via de kantonrechter)',
  wsnp: 'de rechtbank (Wsnp-verzoek)',
  ggz: 'de ggz',
  bbz: 'het Bbz-loket voor ondernemers',
};

export function evolueerDoorverwijzing(
  traject: Traject,
  g: Gebeurtenis<'doorverwijzing-overgedragen'> | Gebeurtenis<'doorverwijzing-opgevolgd'>,
): Partial<Traject> {
  if (g.type === 'doorverwijzing-overgedragen') {
    return {
      stap: 'doorverwijzing',
      doorverwijzing: g.data,
      stappen: [...traject.stappen, { stap: 'doorverwijzing', start: g.data.datum, gemeldeOverschrijdingen: [] }],
    };
  }
  if (!traject.doorverwijzing) return {};
  return {
    stap: null,
    doorverwijzing: { ...traject.doorverwijzing, opvolging: g.data },
    stappen: traject.stappen.map((s) =>
      s.stap === 'doorverwijzing' && s.voltooidOp === undefined ? { ...s, voltooidOp: g.data.datum } : s,
    ),
  };
}

/**
 * The follow-up: is the person helped at the organisation? Helped: the case closes (`doorverwezen`). Not helped: the
 * consulent takes the case back into begeleiding and decides there what follows.
 */
export function volgDoorverwijzingOp(
  traject: Traject,
  o: { datum: string; geholpen: boolean },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const d = traject.doorverwijzing;
  if (!d) throw new ConflictFout('GEEN_DOORVERWIJZING', 'dit traject is niet doorverwezen');
  if (d.opvolging) {
    if (d.opvolging.datum === o.datum && d.opvolging.geholpen === o.geholpen) return undefined;
    throw new ConflictFout('AL_OPGEVOLGD', `de doorverwijzing is al opgevolgd op ${d.opvolging.datum}`);
  }
  if (o.datum < d.datum || o.datum > vandaag) {
    throw new ValidatieFout('DATUM_BUITEN_BEREIK', 'de opvolging valt tussen de overdracht en vandaag', [
      { veld: 'datum', melding: `ligt niet tussen ${d.datum} en ${vandaag}` },
    ]);
  }
  return { type: 'doorverwijzing-opgevolgd', data: o };
}
