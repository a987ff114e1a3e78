// Domain layer: the person's data on a case: corrections of the contact details and the data a schuldregeling
// needs. Its part of the case state, its fold and the decision what a PATCH changes.
import { ValidatieFout } from '../fouten';
import type { Contactgegevens } from '../traject/gebeurtenissen';
import type { PersoonGegevens, PersoonGewijzigd } from './persoon-gebeurtenissen';
import type { Zoekbaar } from './zoektokens';

export interface PersoonWijziging {
  naam?: string | undefined;
  telefoon?: string | null | undefined;
  email?: string | null | undefined;
  bsn?: string | undefined;
  geboortedatum?: string | undefined;
  adres?: PersoonGegevens['adres'];
  huishouden?: PersoonGegevens['huishouden'];
}

export interface PersoonNa {
  aanvrager: Contactgegevens;
  persoon: PersoonGegevens;
  /** The fields whose value changes; empty for a PATCH that repeats what is recorded (a replay). */
  velden: string[];
}

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the person looks like after the PATCH, and which fields it changes. A person stays reachable one way. */
export function persoonNaWijziging(
  t: { aanvrager: Contactgegevens; persoon?: PersoonGegevens | undefined },
  w: PersoonWijziging,
): PersoonNa {
  const aanvrager: Contactgegevens = { ...t.aanvrager };
  const persoon: PersoonGegevens = { ...(t.persoon ?? {}) };
  const velden: string[] = [];
  if (w.naam !== undefined && w.naam !== aanvrager.naam) {
    aanvrager.naam = w.naam;
    velden.push('naam');
  }
  for (const veld of ['telefoon', 'email'] as const) {
    const nieuw = w[veld];
    if (nieuw === undefined || nieuw === (aanvrager[veld] ?? null)) continue;
    if (nieuw === null) delete aanvrager[veld];
    else aanvrager[veld] = nieuw;
    velden.push(veld);
  }
  if (w.bsn !== undefined) {
    const bsn = w.bsn.padStart(9, '0');
    if (bsn !== persoon.bsn) {
      persoon.bsn = bsn;
      velden.push('bsn');
    }
  }
  for (const veld of ['geboortedatum', 'adres', 'huishouden'] as const) {
    const nieuw = w[veld];
    if (nieuw === undefined || gelijk(nieuw, persoon[veld])) continue;
    (persoon as Record<string, unknown>)[veld] = nieuw;
    velden.push(veld);
  }
  if (aanvrager.telefoon === undefined && aanvrager.email === undefined) {
    throw new ValidatieFout('ONBEREIKBAAR', 'een persoon blijft op één manier bereikbaar: telefoon of email', [
      { veld: 'telefoon', melding: 'telefoon en email kunnen niet allebei leeg zijn' },
    ]);
  }
  return { aanvrager, persoon, velden };
}

export function zoekbaarVan(p: { aanvrager: Contactgegevens; persoon?: PersoonGegevens | undefined }): Zoekbaar {
  return {
    naam: p.aanvrager.naam,
    telefoon: p.aanvrager.telefoon,
    email: p.aanvrager.email,
    geboortedatum: p.persoon?.geboortedatum,
    bsn: p.persoon?.bsn,
  };
}

/** The fold: the contact details as given, the person data merged, the search hashes replaced. */
export function evolueerPersoon<
  T extends {
    aanvrager: Contactgegevens;
    persoon?: PersoonGegevens | undefined;
    zoeksleutels?: string[] | undefined;
    bsnSleutel?: string | undefined;
  },
>(t: T, g: PersoonGewijzigd): T {
  const aanvrager: Contactgegevens = { ...t.aanvrager };
  const a = g.data.aanvrager;
  if (a?.naam !== undefined) aanvrager.naam = a.naam;
  for (const veld of ['telefoon', 'email'] as const) {
    const v = a?.[veld];
    if (v === null) delete aanvrager[veld];
    else if (v !== undefined) aanvrager[veld] = v;
  }
  return {
    ...t,
    aanvrager,
    persoon: { ...(t.persoon ?? {}), ...(g.data.persoon ?? {}) },
    zoeksleutels: g.data.zoeksleutels,
    ...(g.data.bsnSleutel ? { bsnSleutel: g.data.bsnSleutel } : {}),
  };
}
