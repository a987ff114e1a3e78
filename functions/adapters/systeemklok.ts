// Secondary adapter: the real clock (AWS). The local runtime has a faster one with the same port.
import type { Klok } from '../app/poorten';

export const systeemklok: Klok = {
  nu: () => new Date(),
  wachtSeconden: (seconden) => Math.max(1, Math.ceil(seconden)),
};
