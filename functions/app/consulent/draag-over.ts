// Application layer: use case "draag een traject over" to another begeleider.
import { draagOver } from '../../domain/consulent/begeleider';
import type { Afhankelijkheden } from '../poorten';
import { type OpdrachtContext, schrijfOpTraject } from './schrijf-op-traject';

/**
 * Input: case id, the sub of the consulent who takes over, an optional reason. Output: the new begeleider.
 *
 * Primary course:
 * 1. Load and decide (to the current begeleider is a replay). Who may hand over (the begeleider or a teamleider) is
 *    the permission matrix's rule, checked at the HTTP edge.
 * 2. Append `begeleider-overgedragen`: the case's row moves to the new begeleider's "mijn trajecten" partition in the
 *    same write, and its open steps and planned contact moments carry the new begeleider.
 */
export async function draagTrajectOver(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext,
  o: { naar: string; reden?: string | undefined },
): Promise<{ begeleider: string }> {
  const { traject } = await schrijfOpTraject(deps, ctx, (t) => draagOver(t, o));
  return { begeleider: traject.begeleider ?? o.naar };
}
