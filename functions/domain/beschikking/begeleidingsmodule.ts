// Domain layer: the begeleidingsmodules a plan van aanpak may hold. Apart from the beschikking's input shape
// (beschikking-invoer.ts), so the traject's events validate a module without bundling the letter's schemas.
import * as z from 'zod/mini';

export const BEGELEIDINGSMODULES = [
  'coaching',
  'training',
  'budgetcoaching',
  'budgetbeheer',
  'beschermingsbewind',
] as const;
export const Begeleidingsmodule = /* @__PURE__ */ (() =>
  z.enum(BEGELEIDINGSMODULES, {
    error: `onbekende begeleidingsmodule; kies uit: ${BEGELEIDINGSMODULES.join(', ')}`,
  }))();
export type Begeleidingsmodule = z.infer<typeof Begeleidingsmodule>;
