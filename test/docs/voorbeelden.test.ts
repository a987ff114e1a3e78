// The request bodies in docs/ that the README walkthrough posts stay valid against the API's own schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntakeVerzoek } from '../../functions/contracts/api';
import { SchuldregelingVerzoek } from '../../functions/domain/geld/schemas';
import { berekenSchuldregeling } from '../../functions/domain/geld/schuldregeling';

const docs = join(import.meta.dirname, '..', '..', 'docs');
const lees = (bestand: string): unknown => JSON.parse(readFileSync(join(docs, bestand), 'utf8'));

describe('docs/ examples', () => {
  it('voorbeeld-berekening.json is a valid berekening', () => {
    // Act
    const uitkomst = SchuldregelingVerzoek.safeParse(lees('voorbeeld-berekening.json'));

    // Assess
    expect(uitkomst.error?.issues ?? []).toEqual([]);
  });

  it('voorbeeld-berekening.json gives the figures the README shows', () => {
    // Act
    const u = berekenSchuldregeling(SchuldregelingVerzoek.parse(lees('voorbeeld-berekening.json')));

    // Assess
    expect(u.vtlb.vtlbCent).toBe(134_849);
    expect(u.afloscapaciteit.maanden[0]?.afloscapaciteitCent).toBe(45_151);
    expect(u.saneringskrediet.kredietCent).toBe(812_718);
    expect(u.saneringskrediet.verdeling.aandelen.map((a) => [a.aanbodCent, a.percentage])).toEqual([
      [270_906, 90.3],
      [316_057, 45.15],
      [225_755, 45.15],
    ]);
  });

  it('voorbeeld-intake.json is a valid intake', () => {
    // Act
    const uitkomst = IntakeVerzoek.safeParse(lees('voorbeeld-intake.json'));

    // Assess
    expect(uitkomst.error?.issues ?? []).toEqual([]);
  });
});
