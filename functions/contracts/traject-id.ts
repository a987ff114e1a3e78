// Contracts: the shape of a traject id in a path (kept apart so every handler can check it without the API schemas).
import * as z from 'zod/mini';

export const TrajectId = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[a-z0-9-]{8,64}$/, { error: 'onbekend trajectnummer' })))();
