// Domain layer: the bezwaar against an afwijzing (Awb chapter 6 and 7): its window, its receipt, the decision on it.
import { ConflictFout, NietGevondenFout, ValidatieFout } from '../fouten';
import { laatste } from '../kalender/kalender';
import type { TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { StapVoortgang, Traject } from '../traject/traject';

type Gebeurtenis<T extends TrajectGebeurtenis['type']> = Extract<TrajectGebeurtenis, { type: T }>;

export interface Bezwaar {
  id: string;
  ontvangenOp: string;
  uitkomst?: Gebeurtenis<'bezwaar-beslist'>['data']['uitkomst'];
  beslistOp?: string;
}

/** The part of the fold for the bezwaar events. */
export function evolueerBezwaar(
  traject: Traject,
  g: Gebeurtenis<'bezwaar-ontvangen'> | Gebeurtenis<'bezwaar-beslist'>,
): Partial<Traject> {
  if (g.type === 'bezwaar-ontvangen') {
    return {
      stap: 'bezwaar-beslissing',
      bezwaren: [...traject.bezwaren, { id: g.data.id, ontvangenOp: g.data.ontvangenOp }],
      stappen: [
        // The window has served its purpose: a bezwaar came in. The beslistermijn runs beside nothing else.
        ...traject.stappen.map((s: StapVoortgang) =>
          s.stap === 'bezwaar' && s.voltooidOp === undefined ? { ...s, voltooidOp: g.data.ontvangenOp } : s,
        ),
        { stap: 'bezwaar-beslissing', start: g.data.termijnVanaf, gemeldeOverschrijdingen: [] },
      ],
    };
  }
  return {
    stap: null,
    bezwaren: traject.bezwaren.map((b) =>
      b.id === g.data.id ? { ...b, uitkomst: g.data.uitkomst, beslistOp: g.data.datum } : b,
    ),
    stappen: traject.stappen.map((s) =>
      s.stap === 'bezwaar-beslissing' && s.voltooidOp === undefined ? { ...s, voltooidOp: g.data.datum } : s,
    ),
  };
}

/**
 * A bezwaar received against the afwijzing. Only an afwijzing that has been bekendgemaakt can be objected to here;
 * one bezwaar per case (a second letter is part of the same procedure). The beslistermijn runs from the end of the
 * bezwaartermijn (Awb 7:10 lid 1), or from the receipt when the bezwaar came late.
 */
export function ontvangBezwaar(
  traject: Traject,
  b: { id: string; ontvangenOp: string },
  context: { vandaag: string; eindeBezwaartermijn: string | undefined },
): TrajectGebeurtenis | undefined {
  const bestaand = traject.bezwaren.find((x) => x.id === b.id);
  if (bestaand) {
    if (bestaand.ontvangenOp === b.ontvangenOp) return undefined;
    throw new ConflictFout('BEZWAAR_BESTAAT', `bezwaar ${b.id} is al ontvangen op ${bestaand.ontvangenOp}`);
  }
  if (traject.beschikking?.besluit !== 'afwijzing' || traject.beschikking.vastgesteldOp === undefined) {
    throw new ConflictFout(
      'GEEN_AFWIJZING',
      'een bezwaar wordt hier alleen geregistreerd tegen een vastgestelde afwijzing',
    );
  }
  if (traject.bezwaren.length > 0) {
    throw new ConflictFout('BEZWAAR_AL_ONTVANGEN', 'er loopt al een bezwaar tegen deze beschikking');
  }
  const vastgesteld = traject.beschikking.vastgesteldOp;
  if (b.ontvangenOp < vastgesteld) {
    throw new ValidatieFout('DATUM_VOOR_BESCHIKKING', 'een bezwaar komt na de beschikking', [
      { veld: 'ontvangenOp', melding: `ligt voor de vaststelling van de beschikking (${vastgesteld})` },
    ]);
  }
  if (b.ontvangenOp > context.vandaag) {
    throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een ontvangen bezwaar ligt niet in de toekomst', [
      { veld: 'ontvangenOp', melding: `ligt na vandaag (${context.vandaag})` },
    ]);
  }
  const einde = context.eindeBezwaartermijn ?? b.ontvangenOp;
  return {
    type: 'bezwaar-ontvangen',
    data: { id: b.id, ontvangenOp: b.ontvangenOp, termijnVanaf: laatste(einde, b.ontvangenOp) },
  };
}

/** The decision on the bezwaar; with any of these outcomes the afwijzing stands and the case closes. */
export function beslisOpBezwaar(
  traject: Traject,
  b: { id: string; datum: string; uitkomst: Gebeurtenis<'bezwaar-beslist'>['data']['uitkomst'] },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const bezwaar = traject.bezwaren.find((x) => x.id === b.id);
  if (!bezwaar) throw new NietGevondenFout('BEZWAAR_NIET_GEVONDEN', `er is geen bezwaar ${b.id}`);
  if (bezwaar.uitkomst !== undefined) {
    if (bezwaar.uitkomst === b.uitkomst && bezwaar.beslistOp === b.datum) return undefined;
    throw new ConflictFout('BEZWAAR_AL_BESLIST', `op bezwaar ${b.id} is al beslist op ${bezwaar.beslistOp}`);
  }
  if (b.datum < bezwaar.ontvangenOp || b.datum > vandaag) {
    throw new ValidatieFout('DATUM_BUITEN_BEREIK', 'de beslissing valt tussen de ontvangst en vandaag', [
      { veld: 'datum', melding: `ligt niet tussen ${bezwaar.ontvangenOp} en ${vandaag}` },
    ]);
  }
  return { type: 'bezwaar-beslist', data: b };
}
