// Writes docs/ddas.md (`npx tsx scripts/ddas-tabel.ts`): how the DDAS export maps the case onto the GGM model and
// which fields it cannot fill yet. A test keeps the file equal to the code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DDAS_KOLOMMEN } from '../functions/domain/ddas/ddas-csv';
import { BEGELEIDINGSSOORT, DDAS_MODEL, NIET_GEVULD, SIGNAALPARTNER } from '../functions/domain/ddas/ddas-record';
import { UITSTROOMREDEN_CODE, UITSTROOMREDEN_OMSCHRIJVING } from '../functions/domain/ddas/uitstroomreden';

/**
 * Which test checks which fields, per route. The e2e suites compare every record as a whole (every field, the
 * unfilled ones as null); this table names the fields each route fills, so a reader sees where a value is proven.
 */
const GEVERIFIEERD: readonly { route: string; test: string; velden: string }[] = [
  {
    route: 'afwijzing, with and without bezwaar',
    test: 'e2e ddas-routes',
    velden:
      'Schuldhulptraject.startdatum/einddatum, Aanmelding.startdatum/einddatum, Intake.* (Afwijzingsbeschikking), Uitstroom (Niet passend)',
  },
  { route: 'advies', test: 'e2e ddas-routes, ddas', velden: 'Intake.startdatum (no beschikking), Uitstroom (Zelf)' },
  {
    route: 'begeleiding',
    test: 'e2e ddas-routes',
    velden:
      'Schuldhulptraject.toekenningsdatum, Intake.* (Toelatingsbeschikking), PlanVanAanpak.datumAfronding, Begeleiding.* (the module from its own start to the end of the phase), Moratorium.datumAanvraag, Uitstroom (Afgerond)',
  },
  {
    route: 'crisisinterventie (route)',
    test: 'e2e ddas-routes',
    velden: 'as begeleiding, and Crisisinterventie.startdatum/einddatum (the begeleiding phase)',
  },
  {
    route: 'crisis at the aanmelding',
    test: 'e2e ddas',
    velden: 'Aanmelding.crisisinterventie, Crisisinterventie.startdatum (the aanmelding)',
  },
  {
    route: 'doorverwijzing, helped and not helped',
    test: 'e2e ddas-routes',
    velden:
      'Begeleiding.* (from the plan to the end of the case; or from the begeleiding phase, open), Uitstroom (Niet passend)',
  },
  {
    route: 'schuldregeling: akkoord through the Schuldenknooppunt, the regeling started',
    test: 'e2e ddas-routes',
    velden:
      'Schuldregeling.datum/toegekend/dwangakkoord, Oplossing.startdatum (regeling-gestart), Oplossing.soort, Oplossing.vtlb; Begeleiding from the plan',
  },
  {
    route: 'schuldregeling: the regeling to its end, or stopped during it',
    test: 'domain ddas-record (folded regeling events)',
    velden:
      'Oplossing.einddatum (schuldregeling-beeindigd, or the end of the case), Schuldregeling.ingetrokken (stopped), Nazorg after the finale kwijting, Oplossing.soort Schuldbemiddeling',
  },
  {
    route: 'schuldregeling withdrawn before the akkoord',
    test: 'e2e ddas-routes',
    velden: 'Schuldregeling.ingetrokken, Oplossing.soort/vtlb (no dates), Uitstroom (Ingetrokken)',
  },
  {
    route: 'schuldregeling: a refusal that stands, dwangakkoord with the WSNP request',
    test: 'e2e ddas-routes',
    velden:
      'Schuldregeling.afgewezen/dwangakkoord/datumVerzoekDwangakkoord, WSNP-traject.datumVerzoek/startdatum, Oplossing.soort/vtlb',
  },
  {
    route: 'schuldregeling without creditors in the exchange (betaalvoorstel only); 0%-aanbod',
    test: 'e2e ddas; domain ddas-record',
    velden: 'Schuldregeling.datum, Oplossing.soort (Saneringskrediet; 0%-aanbod), Begeleiding per soort, Moratorium',
  },
  {
    route: 'WSNP to its end',
    test: 'e2e ddas-routes',
    velden: 'WSNP-traject.startdatum/einddatum, Nazorg.startdatum (from the end of the term)',
  },
  {
    route: 'nazorg with a vroegsignaal',
    test: 'e2e ddas-routes',
    velden:
      'Nazorg.startdatum/einddatum, Vroegsignaal.signaaldatum, Vroegsignaal.Signaalpartner.type, Vroegsignaal.Contactpoging.datum/bereikt, Uitstroom (Afgerond)',
  },
  { route: 'aanmelding from an outreach signal', test: 'e2e ddas-routes', velden: 'Aanmelding (no eerste gesprek)' },
  {
    route: 'ended on purpose, every reason',
    test: 'e2e ddas-routes; domain ddas-record (every closure reason)',
    velden: 'Uitstroom.datum/reden/omschrijving',
  },
  {
    route: 'all of the above',
    test: 'e2e ddas-routes, ddas',
    velden:
      'the CSV column by column equal to the JSON; no name, contact detail, BSN, creditor (id, name, reference), provider or free text in either',
  },
];

export function ddasDocument(): string {
  const r: string[] = [
    '# DDAS/CBS export',
    '',
    `\`GET /rapportages/ddas?van=&tot=&formaat=json|csv\` (teamleider) gives, per case of the gemeente that ran on at least one day of the period, its record in the names and code lists of the **${DDAS_MODEL.naam} ${DDAS_MODEL.versie}** (modified ${DDAS_MODEL.gewijzigd}; ${DDAS_MODEL.bron}) and the ${DDAS_MODEL.vroegsignalering}.`,
    '',
    'The record is a pure projection of the case (`functions/domain/ddas/ddas-record.ts`), rewritten on every change that alters it as an item of its own (`DDAS#<id>`, no expiry), so the statistics survive the retention purge of the case. It is found per gemeente through the index `DDAS#<gemeente>`, sorted by the day the case ended (no Scan). It is pseudonymised: the case id (a random UUID) is the pseudonym; no name, contact detail, creditor or free text is in it. A case may hold the BSN (recorded for the schuldregeling and to match vroegsignalen), but the record never carries it: the delivery to CBS keys on the pseudonym, and a delivery that requires the BSN is not built (#16).',
    '',
    'Generated by `npx tsx scripts/ddas-tabel.ts`; a test keeps this file equal to the code.',
    '',
    '## Columns (CSV)',
    '',
    DDAS_KOLOMMEN.map((k) => `\`${k}\``).join(', '),
    '',
    '## EnumUitstroomreden',
    '',
    "One source: `functions/domain/ddas/uitstroomreden.ts`; the record and the anonymous figure kept after the purge both take the code from it, the omschrijving is the code's definition in the model.",
    '',
    '| our closure reason | EnumUitstroomreden | omschrijving |',
    '|---|---|---|',
    ...Object.entries(UITSTROOMREDEN_CODE).map(
      ([reden, code]) => `| ${reden} | ${code} | ${UITSTROOMREDEN_OMSCHRIJVING[code]} |`,
    ),
    '',
    '## EnumBegeleidingssoort',
    '',
    '| begeleidingsmodule | EnumBegeleidingssoort |',
    '|---|---|',
    ...Object.entries(BEGELEIDINGSSOORT).map(([m, s]) => `| ${m} | ${s} |`),
    '',
    '## EnumSignaalpartner (Model Vroegsignalering)',
    '',
    '| signaalpartner | EnumSignaalpartner |',
    '|---|---|',
    ...Object.entries(SIGNAALPARTNER).map(([p, t]) => `| ${p} | ${t} |`),
    '',
    '## Verified',
    '',
    'e2e ddas-routes: `test/e2e/ddas-routes.test.ts` (every route on one fast-clock runtime, each record compared whole); e2e ddas: `test/e2e/ddas.test.ts` (fixed dates, the period, the purge); domain ddas-record: `test/domain/ddas/ddas-record.test.ts` (cases folded from their events).',
    '',
    '| route | test | fields it fills |',
    '|---|---|---|',
    ...GEVERIFIEERD.map((g) => `| ${g.route} | ${g.test} | ${g.velden} |`),
    '',
    '## Not filled yet',
    '',
    '| field | issue | why |',
    '|---|---|---|',
    ...NIET_GEVULD.map((n) => `| ${n.veld} | #${n.issue} | ${n.waarom} |`),
    '',
  ];
  return r.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'ddas.md'), ddasDocument());
}
