// Application layer: retrying an append whose outcome does not depend on who wins the race (a further referral, an
// audit-like note). Each round at least one writer wins, so with n concurrent writers n rounds always suffice; the
// jittered pause keeps the losers from meeting again at once.
import { ConflictFout } from '../domain/fouten';

/** Enough rounds for far more simultaneous writers on one case than a gemeente produces (tested with 50). */
export const MAX_RONDES_COMMUTATIEF = 60;

export async function herhaalCommutatief<T>(
  poging: () => Promise<T>,
  opties: { maxRondes?: number; wacht?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const maxRondes = opties.maxRondes ?? MAX_RONDES_COMMUTATIEF;
  const wacht = opties.wacht ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let ronde = 1; ; ronde++) {
    try {
      return await poging();
    } catch (e) {
      if (!(e instanceof ConflictFout && e.code === 'VERSIE_CONFLICT') || ronde >= maxRondes) throw e;
      // Full jitter on a small exponential base, capped at 50 ms (a write takes a few ms).
      await wacht(Math.random() * Math.min(50, 2 ** ronde));
    }
  }
}
