// Domain layer: the vrij te laten bedrag (VTLB) = beslagvrije voet + nominaal bedrag, line by line (Recofa method since 1-1-2021).
import { type Berekeningsregel, regel } from './berekeningsregel';
import { deelAfgerond, eisCent, euro } from './cent';
import { bepaalCompensatiekop, type CompensatiekopHerkomst, type CompensatiekopInvoer } from './compensatiekop';
import { bijstandsnormOp, HUISHOUDEN_LABEL, type Huishouden, type ToepasselijkeNorm } from './normbedragen';

const INVOER = 'invoer consulent (uit de stukken of de Vtlb-calculator van Recofa/Bureau Wsnp)';

/**
 * Art. 475da lid 2 Rv (since 1-1-2021): the beslagvrije voet is "(95% x A) + ..." for a single person and
 * "(95% x B) + ..." for a couple, A and B being the norms of art. 21 Participatiewet, which include the vakantietoeslag
 * (law text read in the copy of wetten.overheid.nl in MinBZK/regelrecht-corpus; the 2026-07-01 version spells out
 * "A voor de norm, genoemd in artikel 21, onderdeel a, van de Participatiewet"). The "+ ..." is the compensatiekop
 * (compensatiekop.ts). Because the vakantietoeslag is 5 % of the norm including it (Participatiewet art. 19 lid 3),
 * 95 % of the norm including it equals the published norm excluding it: 95 % × € 1.369,06 = € 1.300,61 and 95 % ×
 * € 1.955,80 = € 1.858,01 (1-7-2025), and 95 % × € 1.283,83 = € 1.219,64 (1-1-2024). Under the old law (until 2020) it
 * was 90 % of the same amount (LAVG 1-7-2018: 90 % × € 996,56 = € 896,90). Art. 475dc caps the result at 95 % of the
 * net income including vakantiebijslag. We apply 95 % to the household's own norm, as before, so a household at the
 * AOW-leeftijd gets the higher norm here where the law uses A or B and the Vtlb adds a PGL-correctie instead (do not
 * also enter that correctie).
 */
export const BESLAGVRIJE_VOET_PROMILLE = 950;
const BRON_95 =
  'art. 475da lid 2 Rv (Wet vereenvoudiging beslagvrije voet): 95 % van de bijstandsnorm inclusief vakantietoeslag';
const BRON_BVV =
  'art. 475da en 475dc Rv: 95 % van de bijstandsnorm plus de compensatiekop, ten hoogste 95 % van het inkomen';
const BRON_475DC =
  'art. 475dc lid 1 Rv: "In afwijking van de artikelen 475da en 475db bedraagt de beslagvrije voet 95% van het maandelijkse inkomen inclusief vakantiebijslag [...] indien toepassing van de artikelen 475da en 475db leidt tot een beslagvrije voet die hoger is dan 95% van het maandelijkse inkomen inclusief vakantiebijslag"; NVVK 22-1-2021 over de Vtlb-calculator: "of, indien het inkomen gelijk of lager is dan de bijstandsnorm, 95 % van het werkelijk inkomen inclusief vakantiegeld"';
const NVVK_CIL =
  '"In het nominaal bedrag wordt berekend wat de individuele correcties zijn voor premie zorgverzekering, woonlasten en missend kindgebonden budget op basis van de werkelijke lasten en ontvangen toeslagen" (nvvk.nl, "Vernieuwde vtlb-calculator is beschikbaar", 11-5-2021)';
const BRON_CIL_KOP =
  'NVVK, "Vernieuwde vtlb-calculator is beschikbaar" (11-5-2021): "Het totaalbedrag van deze drie individuele correcties wordt verminderd met de compensatiekop uit de berekende beslagvrije voet"';

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

/**
 * The inputs of the VTLB. From `CompensatiekopInvoer`: the peildatum, the household, and what decides the compensatiekop
 * (an amount that wins, the inkomensgroep, children under 18). The net income per month without vakantiegeld, when
 * known, also caps the beslagvrije voet at 95 % of the income including vakantiebijslag (art. 475dc lid 1 Rv).
 */
export interface VtlbInvoer extends CompensatiekopInvoer {
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
  /** The compensatiekop in the beslagvrije voet (after the cap of art. 475dc Rv) and how it was established. */
  compensatiekopCent: number;
  compensatiekopHerkomst: CompensatiekopHerkomst;
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
 * 2. Beslagvrije voet = 95 % of it, rounded half-up to the cent, plus the compensatiekop (compensatiekop.ts).
 * 3. With a known income, at most 95 % of the net income including vakantiegeld (art. 475dc lid 1 Rv).
 * 4. Nominaal bedrag = correctie individuele lasten (minus the compensatiekop in the voet) + the other corrections.
 * 5. VTLB = beslagvrije voet + nominaal bedrag, floored at 0.
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

  const kop = bepaalCompensatiekop(invoer);
  regels.push(...kop.regels);
  let beslagvrijeVoet = basis + kop.cent;
  if (invoer.inkomenCent !== undefined) {
    const inkomen = eisCent(invoer.inkomenCent, 'inkomenCent');
    const vakantiegeld = eisCent(invoer.vakantiegeldPerJaarCent ?? 0, 'vakantiegeldPerJaarCent');
    // 95 % of (12 × monthly income + annual vakantiegeld) / 12, rounded half-up once.
    const grens = deelAfgerond(950 * (12 * inkomen + vakantiegeld), 12_000);
    if (grens < beslagvrijeVoet) {
      regels.push(
        regel(
          'BESLAGVRIJE_VOET_INKOMENSGRENS',
          `Verlaging: de beslagvrije voet is niet hoger dan 95% van het netto inkomen inclusief vakantiegeld (${euro(grens)})`,
          grens - beslagvrijeVoet,
          BRON_475DC,
        ),
      );
      beslagvrijeVoet = grens;
    }
  }
  // The part of the compensatiekop that is still in the voet after the cap; the correctie individuele lasten takes
  // back exactly that (NVVK, 11-5-2021: "verminderd met de compensatiekop uit de berekende beslagvrije voet").
  const compensatiekop = Math.min(kop.cent, Math.max(0, beslagvrijeVoet - basis));
  regels.push(regel('BESLAGVRIJE_VOET', 'Beslagvrije voet', beslagvrijeVoet, BRON_BVV));

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
        'Min: de compensatiekop uit de beslagvrije voet (de werkelijke lasten komen ervoor in de plaats)',
        -compensatiekop,
      ],
    ];
    let cil = 0;
    for (const [code, label, bedrag] of delen) {
      if (bedrag === 0 && code !== 'ZORGPREMIE' && code !== 'WOONKOSTEN') continue;
      regels.push(regel(code, label, bedrag, code === 'COMPENSATIEKOP_TERUG' ? BRON_CIL_KOP : INVOER));
      cil += bedrag;
    }
    regels.push(
      regel(
        'CORRECTIE_INDIVIDUELE_LASTEN',
        'Correctie individuele lasten (kan negatief zijn)',
        cil,
        `Recofa rekenmethode vtlb (sinds 1-1-2021), zoals NVVK die beschrijft: ${NVVK_CIL}; het Vtlb-rapport zelf is niet ingezien`,
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
    compensatiekopCent: compensatiekop,
    compensatiekopHerkomst: kop.herkomst,
    regels,
  };
}
