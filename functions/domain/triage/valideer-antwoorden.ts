// Domain core: checks intake answers against the instrument version they name; every problem names its field.
import { ValidatieFout, type VeldFout } from '../fouten';
import { STANDAARD_INSTRUMENTEN, zoekInstrument } from './instrument';
import type { Antwoorden, Antwoordwaarde, Instrument, InstrumentRef, Vraag } from './instrument-schema';

export interface GevalideerdeAntwoorden {
  instrument: Instrument;
  antwoorden: Antwoorden;
}

/**
 * Validates `{ instrument: { id, versie }, antwoorden }` (already shaped by `IntakeAntwoordenVerzoek`) against the
 * instrument version. Throws ValidatieFout('INTAKE_ONGELDIG') listing every problem, `veld` = `antwoorden.<vraagId>`
 * (or `instrument.id` / `instrument.versie`).
 */
export function valideerAntwoorden(
  invoer: { instrument: InstrumentRef; antwoorden: Readonly<Record<string, unknown>> },
  instrumenten: readonly Instrument[] = STANDAARD_INSTRUMENTEN,
): GevalideerdeAntwoorden {
  const instrument = zoekInstrument(invoer.instrument, instrumenten);
  return { instrument, antwoorden: valideerAntwoordenTegen(instrument, invoer.antwoorden) };
}

/** The same check against an instrument at hand. Returns the answers typed; the input is not changed. */
export function valideerAntwoordenTegen(
  instrument: Instrument,
  antwoorden: Readonly<Record<string, unknown>>,
): Antwoorden {
  const velden: VeldFout[] = [];
  const vragen = new Map(instrument.vragen.map((v) => [v.id, v] as const));
  for (const id of Object.keys(antwoorden)) {
    if (!vragen.has(id)) {
      velden.push({
        veld: `antwoorden.${id}`,
        melding: `Onbekende vraag voor instrument ${instrument.id} versie ${instrument.versie}`,
      });
    }
  }
  const resultaat: Record<string, Antwoordwaarde> = {};
  for (const vraag of instrument.vragen) {
    const waarde = Object.hasOwn(antwoorden, vraag.id) ? antwoorden[vraag.id] : undefined;
    if (waarde === undefined || waarde === null) {
      if (vraag.verplicht)
        velden.push({ veld: `antwoorden.${vraag.id}`, melding: 'Verplichte vraag is niet beantwoord' });
      continue;
    }
    const melding = controleer(vraag, waarde);
    if (melding) velden.push({ veld: `antwoorden.${vraag.id}`, melding });
    else resultaat[vraag.id] = waarde as Antwoordwaarde;
  }
  if (velden.length > 0) {
    throw new ValidatieFout(
      'INTAKE_ONGELDIG',
      `De antwoorden passen niet bij instrument ${instrument.id} versie ${instrument.versie}`,
      velden,
    );
  }
  return resultaat;
}

/** The problem with one answer, or undefined when it fits the question. */
function controleer(vraag: Vraag, waarde: unknown): string | undefined {
  switch (vraag.type) {
    case 'schaal':
      if (typeof waarde !== 'number' || !Number.isInteger(waarde))
        return 'Verwacht een geheel getal van 1 tot en met 5';
      return waarde < 1 || waarde > 5 ? `Waarde ${waarde} ligt buiten de schaal 1 tot en met 5` : undefined;
    case 'ja-nee':
      return typeof waarde === 'boolean' ? undefined : 'Verwacht ja (true) of nee (false)';
    case 'keuze': {
      const opties = vraag.opties.map((o) => o.waarde);
      if (typeof waarde !== 'string') return `Verwacht een van: ${opties.join(', ')}`;
      return opties.includes(waarde) ? undefined : `Onbekende keuze ${waarde}; kies een van: ${opties.join(', ')}`;
    }
    case 'getal':
      if (typeof waarde !== 'number' || !Number.isInteger(waarde)) return 'Verwacht een geheel getal';
      return waarde < vraag.min || waarde > vraag.max
        ? `Waarde ${waarde} ligt buiten ${vraag.min} tot en met ${vraag.max}`
        : undefined;
    case 'bedrag-cent':
      if (typeof waarde !== 'number' || !Number.isSafeInteger(waarde)) return 'Verwacht een bedrag in hele centen';
      if (waarde < 0) return 'Een bedrag kan niet negatief zijn';
      return vraag.max !== undefined && waarde > vraag.max
        ? `Bedrag ${waarde} cent is hoger dan het maximum van ${vraag.max} cent`
        : undefined;
  }
}
