// Contracts: the machine partners that deliver events to us with an OAuth 2.0 client-credentials token, one app client
// and one scope each, tied to the event source they may write (DESIGN 2.4).

/** The resource server of the user pool; a scope is `<identifier>/<scope>`. */
export const RESOURCE_SERVER = 'schuldhulp-flow';

export const machinePartners = {
  vroegsignalering: {
    bron: 'nl.schuldhulp.vroegsignalering',
    scope: 'vroegsignalen.aanleveren',
    omschrijving: 'Vroegsignalen (Wgs art. 3a) from a vroegsignalering platform',
  },
  schuldenknooppunt: {
    bron: 'nl.schuldhulp.schuldenknooppunt',
    scope: 'schuldeiserberichten.aanleveren',
    omschrijving: 'Creditor messages from the Schuldenknooppunt integration',
  },
} as const;

export type MachinePartner = keyof typeof machinePartners;

export const volledigeScope = (partner: MachinePartner) => `${RESOURCE_SERVER}/${machinePartners[partner].scope}`;
