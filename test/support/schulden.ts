// Test data: three creditors of one household (preferent, concurrent, a local government creditor), € 15.000 in all.
import type { Schuld } from '../../functions/domain/geld/verdeling';

export const DRIE_SCHULDEN: readonly Schuld[] = [
  {
    schuldeiserId: 'belastingdienst',
    naam: 'Belastingdienst',
    bedragCent: 300_000,
    soort: 'preferent',
    lokaleOverheid: false,
  },
  {
    schuldeiserId: 'energie',
    naam: 'Energieleverancier',
    bedragCent: 700_000,
    soort: 'concurrent',
    lokaleOverheid: false,
  },
  { schuldeiserId: 'gemeente', naam: 'Gemeente', bedragCent: 500_000, soort: 'concurrent', lokaleOverheid: true },
];
