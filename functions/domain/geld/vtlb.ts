// Domain layer: the vrij te laten bedrag (VTLB) = beslagvrije voet + nominaal bedrag, line by line (Recofa method since 1-1-2021).
import { type Berekeningsregel, regel } from './berekeningsregel';
import { deelAfgerond, eisCent, euro } from './cent';
import { bijstandsnormOp, HUISHOUDEN_LABEL, type Huishouden, type ToepasselijkeNorm } from './normbedragen';

const INVOER = 'invoer consulent (uit de stukken of de Vtlb-calculator van Recofa/Bureau Wsnp)';

/**
 * Art. 475da Rv (since 1-1-2021): the beslagvrije voet is 95 % of the applicable bijstandsnorm *including*
 * vakantietoeslag (as the AAG explanation of the Wet vereenvoudiging beslagvrije voet, aag.nl "Aanpassing beslagvrije
 * voet per 1 juli 2024", puts it; the Rv text itself was not in any source we could read). Because the vakantietoeslag
 * is 5 % of the norm including it (Participatiewet art. 19 lid 3), 95 % of the norm including it equals the published
 * norm excluding it: 95 % × € 1.369,06 = € 1.300,61 and 95 % × € 1.955,80 = € 1.858,01 (Fijnder, 1-7-2025), and
 * 95 % × € 1.283,83 = € 1.219,64 (Westland / RSD De Liemers, 1-1-2024). Under the old law (until 2020) it was 90 % of the
 * same amount (LAVG 1-7-2018: 90 % × € 996,56 = € 896,90). The design brief cites art. 475dc; we cite 475da, the article
 * VNG names for the amounts of the beslagvrije voet ("Wijziging bedragen beslagvrije voet", vng.nl).
 */
export const BESLAGVRIJE_VOET_PROMILLE = 950;
const BRON_95 =
  'art. 475da Rv (Wet vereenvoudiging beslagvrije voet): 95 % van de bijstandsnorm inclusief vakantietoeslag';

export interface OverigeCorrectie {
  /** Dutch, readable by the resident ("Kosten kinderopvang na toeslag"). */
  omschrijving: string;
  /** Per month; negative lowers the VTLB. */
  bedragCent: number;
  bron: string;
}

export interface IndividueleLasten {
  /** Actual premium of the health insurance (basis + aanvullend) of the household, per month. */
  zorgpremieCent: number;
  zorgtoeslagCent: number;
  /** Actual housing costs (rent incl. subsidised service costs, or mortgage interest etc.) per month. */
  woonkostenCent: number;
  huurtoeslagCent: number;
  /** Kindgebonden budget the household should get but does not receive. */
  ontbrekendKindgebondenBudgetCent?: number;
  /**
   * The housing costs and premium already covered by the beslagvrije voet under the Recofa method. The Vtlb-rapport
   * since 2021 was not in any source we could read, so these are consulent input from the Vtlb-calculator; 0 by default.
   */
  inVoetBegrepenWoonkostenCent?: number;
  inVoetBegrepenZorgpremieCent?: number;
}

export interface VtlbInvoer {
  /** The date whose norm table applies (ISO date). */
  peildatum: string;
  huishouden: Huishouden;
  /**
   * The compensatiekop of art. 475da Rv (raise of the beslagvrije voet for income above the norm, for housing
   * costs and health premium), per month, as the landelijke rekenmodule beslagvrije voet computes it. Its formula
   * depends on the toeslagen parameters and is not computed here; 0 by default.
   */
  compensatiekopCent?: number;
  /** Correctie individuele lasten; when given, the compensatiekop is taken back in it (the actual costs replace it). */
  individueleLasten?: IndividueleLasten;
  /** Correctie premie/eigen risico (Recofa; € 32,08 a month in 2021 per DESIGN.md; current amount: input). */
  correctiePremieEigenRisicoCent?: number;
  reserveringstoeslagCent?: number;
  /** Travel costs for work (Recofa July 2022: € 189,38 flat + € 0,198 per km per DESIGN.md; current amount: input). */
  reiskostenWerkCent?: number;
  correctiePensioengerechtigdeLeeftijdCent?: number;
  overigeCorrecties?: OverigeCorrectie[];
}

export interface VtlbUitkomst {
  peildatum: string;
  huishouden: Huishouden;
  norm: ToepasselijkeNorm;
  beslagvrijeVoetCent: number;
  /** May be negative (a correctie individuele lasten can be). */
  nominaalBedragCent: number;
  /** beslagvrije voet + nominaal bedrag, never below 0. */
  vtlbCent: number;
  regels: Berekeningsregel[];
}

/**
 * Computes the VTLB per month for the peildatum.
 *
 * Input: the household, the peildatum and the corrections a consulent established.
 * Output: the VTLB in cents and every line that led to it.
 *
 * Primary course:
 * 1. Look up the bijstandsnorm including vakantietoeslag in the dated table (error without a table).
 * 2. Beslagvrije voet = 95 % of it, rounded half-up to the cent, plus the compensatiekop.
 * 3. Nominaal bedrag = correctie individuele lasten + the other corrections, each a line.
 * 4. VTLB = beslagvrije voet + nominaal bedrag, floored at 0.
 */
export function berekenVtlb(invoer: VtlbInvoer): VtlbUitkomst {
  const norm = bijstandsnormOp(invoer.peildatum, invoer.huishouden);
  const regels: Berekeningsregel[] = [];
  const normBron = `${norm.regeling}; bedrag uit: ${norm.bron}`;
  regels.push(
    regel(
      'BIJSTANDSNORM',
      `Bijstandsnorm per maand inclusief vakantietoeslag (${HUISHOUDEN_LABEL[invoer.huishouden]}), geldig vanaf ${norm.geldigVanaf}`,
      norm.cent,
      normBron,
    ),
  );

  const basis = deelAfgerond(norm.cent * BESLAGVRIJE_VOET_PROMILLE, 1000);
  regels.push(regel('BESLAGVRIJE_VOET_BASIS', '95% van de bijstandsnorm', basis, BRON_95));

  const compensatiekop = eisCent(invoer.compensatiekopCent ?? 0, 'compensatiekopCent');
  if (compensatiekop !== 0) {
    regels.push(
      regel(
        'COMPENSATIEKOP',
        'Verhoging voor woonkosten en zorgpremie (compensatiekop)',
        compensatiekop,
        `art. 475da Rv; ${INVOER}`,
      ),
    );
  }
  const beslagvrijeVoet = basis + compensatiekop;
  regels.push(regel('BESLAGVRIJE_VOET', 'Beslagvrije voet', beslagvrijeVoet, BRON_95));

  let nominaal = 0;
  const lasten = invoer.individueleLasten;
  if (lasten) {
    const delen: Array<[string, string, number]> = [
      ['ZORGPREMIE', 'Premie zorgverzekering', eisCent(lasten.zorgpremieCent, 'individueleLasten.zorgpremieCent')],
      ['ZORGTOESLAG', 'Min: zorgtoeslag', -eisCent(lasten.zorgtoeslagCent, 'individueleLasten.zorgtoeslagCent')],
      ['WOONKOSTEN', 'Woonkosten', eisCent(lasten.woonkostenCent, 'individueleLasten.woonkostenCent')],
      ['HUURTOESLAG', 'Min: huurtoeslag', -eisCent(lasten.huurtoeslagCent, 'individueleLasten.huurtoeslagCent')],
      [
        'ONTBREKEND_KINDGEBONDEN_BUDGET',
        'Kindgebonden budget waar u recht op hebt maar dat u niet krijgt',
        eisCent(lasten.ontbrekendKindgebondenBudgetCent ?? 0, 'individueleLasten.ontbrekendKindgebondenBudgetCent'),
      ],
      [
        'IN_VOET_BEGREPEN_WOONKOSTEN',
        'Min: woonkosten die al in de beslagvrije voet zitten',
        -eisCent(lasten.inVoetBegrepenWoonkostenCent ?? 0, 'individueleLasten.inVoetBegrepenWoonkostenCent'),
      ],
      [
        'IN_VOET_BEGREPEN_ZORGPREMIE',
        'Min: zorgpremie die al in de beslagvrije voet zit',
        -eisCent(lasten.inVoetBegrepenZorgpremieCent ?? 0, 'individueleLasten.inVoetBegrepenZorgpremieCent'),
      ],
      [
        'COMPENSATIEKOP_TERUG',
        'Min: de compensatiekop (de werkelijke lasten komen ervoor in de plaats)',
        -compensatiekop,
      ],
    ];
    let cil = 0;
    for (const [code, label, bedrag] of delen) {
      if (bedrag === 0 && code !== 'ZORGPREMIE' && code !== 'WOONKOSTEN') continue;
      regels.push(regel(code, label, bedrag, INVOER));
      cil += bedrag;
    }
    regels.push(
      regel(
        'CORRECTIE_INDIVIDUELE_LASTEN',
        'Correctie individuele lasten (kan negatief zijn)',
        cil,
        'Recofa rekenmethode vtlb (sinds 1-1-2021); de formule volgt DESIGN.md § 3.2, het Vtlb-rapport zelf is niet ingezien',
      ),
    );
    nominaal += cil;
  }

  const vast: Array<[string, string, number | undefined, string]> = [
    [
      'CORRECTIE_PREMIE_EIGEN_RISICO',
      'Correctie premie/eigen risico zorgverzekering',
      invoer.correctiePremieEigenRisicoCent,
      'correctiePremieEigenRisicoCent',
    ],
    ['RESERVERINGSTOESLAG', 'Reserveringstoeslag', invoer.reserveringstoeslagCent, 'reserveringstoeslagCent'],
    ['REISKOSTEN_WERK', 'Reiskosten woon-werkverkeer', invoer.reiskostenWerkCent, 'reiskostenWerkCent'],
    [
      'CORRECTIE_PENSIOENGERECHTIGDE_LEEFTIJD',
      'Correctie pensioengerechtigde leeftijd',
      invoer.correctiePensioengerechtigdeLeeftijdCent,
      'correctiePensioengerechtigdeLeeftijdCent',
    ],
  ];
  for (const [code, label, bedrag, veld] of vast) {
    if (bedrag === undefined) continue;
    const b = eisCent(bedrag, veld);
    regels.push(regel(code, label, b, `Recofa rekenmethode vtlb; ${INVOER}`));
    nominaal += b;
  }
  (invoer.overigeCorrecties ?? []).forEach((c, i) => {
    const b = eisCent(c.bedragCent, `overigeCorrecties.${i}.bedragCent`, { magNegatief: true });
    regels.push(regel(`OVERIGE_CORRECTIE_${i + 1}`, c.omschrijving, b, c.bron));
    nominaal += b;
  });
  regels.push(
    regel('NOMINAAL_BEDRAG', 'Nominaal bedrag (alle correcties samen)', nominaal, 'Recofa rekenmethode vtlb'),
  );

  const som = beslagvrijeVoet + nominaal;
  const vtlb = Math.max(0, som);
  regels.push(
    regel(
      'VTLB',
      som < 0
        ? `Vrij te laten bedrag (beslagvrije voet + nominaal bedrag = ${euro(som)}, niet lager dan € 0,00)`
        : 'Vrij te laten bedrag (beslagvrije voet + nominaal bedrag)',
      vtlb,
      'Recofa rekenmethode vtlb sinds 1-1-2021: vtlb = beslagvrije voet + nominaal bedrag',
    ),
  );
  return {
    peildatum: invoer.peildatum,
    huishouden: invoer.huishouden,
    norm,
    beslagvrijeVoetCent: beslagvrijeVoet,
    nominaalBedragCent: nominaal,
    vtlbCent: vtlb,
    regels,
  };
}
