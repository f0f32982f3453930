/**
 * Legal wording by country. Templates never name a law themselves: they take it from here,
 * and where we are not sure of an article number for a country we give none rather than
 * invent one (the RU entries cite articles the domain brief confirms; the pay-agreement articles
 * of RU, KZ and BY were checked against the codes' texts).
 */

export const COUNTRIES = ['RU', 'KZ', 'UA', 'BY', 'other'] as const;
export type Country = (typeof COUNTRIES)[number];

export interface Jurisdiction {
  country: Country;
  /** The labour law in the instrumental case: «руководствуется Трудовым кодексом …». */
  labourLawIns: string;
  /** The labour law in the genitive: «в соответствии с нормами Трудового кодекса …» uses `labourLawGen`. */
  labourLawGen: string;
  /** Adjective phrase for «законодательство»: «законодательства Российской Федерации». */
  legislationGen: string;
  /** A client's tax or registry number as the country names it: «ИНН», «БИН (ИИН)», «УНП». */
  taxId: string;
  /** The same after «по» (dative): only the Ukrainian and the generic wordings decline. */
  taxIdDat: string;
  /** Article references are given only where we know them to be right. */
  articles: {
    /** Each entry is a complete phrase («в соответствии со статьями …») or null. */
    /** Acquaintance with local acts under signature. */
    acquaintance: string | null;
    /** Material liability: direct actual damage only. */
    materialLiability: string | null;
    /** Disciplinary sanctions. */
    discipline: string | null;
    /** Pay systems and bonuses set by local acts. */
    paySystems: string | null;
    /**
     * The basis of an agreement that writes the pay (salary and bonus) into the employment contract,
     * checked against the codes' texts: RU ст. 57 (the contract's pay terms), 72 (changed only by a
     * written agreement), 135 (pay set by the contract under the employer's pay systems); KZ ст. 28
     * (the contract's content) and 107 (pay set by the contract under the pay systems of the
     * employer's acts); BY ст. 19 (the contract states the pay) and 61 (pay: amounts, structure,
     * conditions). Null elsewhere.
     */
    payAgreement: string | null;
    /** Where a change of the agreed pay needs the parties' written agreement, for parentheses; null where we cite none. */
    payChange: string | null;
  };
  /**
   * The procurement law a tender bid follows, in the instrumental after «установленном …»; null
   * where we name none (no article numbers outside Russia).
   */
  procurementLawIns: string | null;
  /** Wording of the motivation regulation (Положение о мотивации). */
  motivation: {
    /** What the regulation is, in the instrumental: «является локальным нормативным актом Компании», «актом работодателя». */
    localActIns: string;
    /**
     * Since when the law requires the act to name bonus types, amounts, timing, grounds and
     * conditions: «с 1 сентября 2025 года (…)»; null where we cite none.
     */
    bonusContentLaw: string | null;
    /** Where the limit on cutting a bonus for a disciplinary sanction comes from, for parentheses; null outside Russia. */
    bonusCutLaw: string | null;
    /** The trade-union opinion the act is adopted with, as a full sentence; null where we cite none. */
    unionOpinion: string | null;
  };
}

export const JURISDICTIONS: Record<Country, Jurisdiction> = {
  RU: {
    country: 'RU',
    procurementLawIns:
      'Федеральным законом от 05.04.2013 № 44-ФЗ «О контрактной системе в сфере закупок товаров, работ, услуг для обеспечения государственных и муниципальных нужд» и Федеральным законом от 18.07.2011 № 223-ФЗ «О закупках товаров, работ, услуг отдельными видами юридических лиц»',
    labourLawIns: 'Трудовым кодексом Российской Федерации',
    labourLawGen: 'Трудового кодекса Российской Федерации',
    legislationGen: 'законодательства Российской Федерации',
    taxId: 'ИНН',
    taxIdDat: 'ИНН',
    articles: {
      acquaintance: 'в соответствии со статьями 22 и 68 Трудового кодекса Российской Федерации',
      materialLiability: 'в пределах прямого действительного ущерба в соответствии со статьёй 238 Трудового кодекса Российской Федерации',
      discipline: 'в соответствии со статьёй 192 Трудового кодекса Российской Федерации',
      paySystems: 'в соответствии со статьями 135 и 144 Трудового кодекса Российской Федерации',
      payAgreement: 'в соответствии со статьями 57, 72 и 135 Трудового кодекса Российской Федерации',
      payChange: 'статья 72 Трудового кодекса Российской Федерации',
    },
    motivation: {
      localActIns: 'локальным нормативным актом Компании',
      bonusContentLaw: 'с 1 сентября 2025 года (Федеральный закон от 07.06.2025 № 144-ФЗ)',
      bonusCutLaw: 'статьи 135 и 144 Трудового кодекса Российской Федерации',
      unionOpinion:
        'Положение и изменения к нему принимаются с учётом мнения выборного органа первичной профсоюзной организации, если такой орган в Компании создан.',
    },
  },
  KZ: {
    country: 'KZ',
    procurementLawIns:
      'законодательством Республики Казахстан о государственных закупках и правилами закупок субъектов квазигосударственного сектора',
    labourLawIns: 'Трудовым кодексом Республики Казахстан',
    labourLawGen: 'Трудового кодекса Республики Казахстан',
    legislationGen: 'законодательства Республики Казахстан',
    taxId: 'БИН (ИИН)',
    taxIdDat: 'БИН (ИИН)',
    articles: {
      acquaintance: null,
      materialLiability: null,
      discipline: null,
      paySystems: null,
      payAgreement: 'в соответствии со статьями 28 и 107 Трудового кодекса Республики Казахстан',
      payChange: null,
    },
    motivation: { localActIns: 'актом работодателя', bonusContentLaw: null, bonusCutLaw: null, unionOpinion: null },
  },
  UA: {
    country: 'UA',
    procurementLawIns: 'законодательством Украины о публичных закупках',
    labourLawIns: 'Кодексом законов о труде Украины',
    labourLawGen: 'Кодекса законов о труде Украины',
    legislationGen: 'законодательства Украины',
    taxId: 'код ЕГРПОУ (РНОКПП)',
    taxIdDat: 'коду ЕГРПОУ (РНОКПП)',
    articles: { acquaintance: null, materialLiability: null, discipline: null, paySystems: null, payAgreement: null, payChange: null },
    motivation: { localActIns: 'локальным актом Компании', bonusContentLaw: null, bonusCutLaw: null, unionOpinion: null },
  },
  BY: {
    country: 'BY',
    procurementLawIns: 'законодательством Республики Беларусь о государственных закупках товаров (работ, услуг)',
    labourLawIns: 'Трудовым кодексом Республики Беларусь',
    labourLawGen: 'Трудового кодекса Республики Беларусь',
    legislationGen: 'законодательства Республики Беларусь',
    taxId: 'УНП',
    taxIdDat: 'УНП',
    articles: {
      acquaintance: null,
      materialLiability: null,
      discipline: null,
      paySystems: null,
      payAgreement: 'в соответствии со статьями 19 и 61 Трудового кодекса Республики Беларусь',
      payChange: null,
    },
    motivation: { localActIns: 'локальным правовым актом Компании', bonusContentLaw: null, bonusCutLaw: null, unionOpinion: null },
  },
  other: {
    country: 'other',
    procurementLawIns: null,
    labourLawIns: 'трудовым законодательством страны регистрации Компании',
    labourLawGen: 'трудового законодательства страны регистрации Компании',
    legislationGen: 'применимого законодательства',
    taxId: 'регистрационный номер',
    taxIdDat: 'регистрационному номеру',
    articles: { acquaintance: null, materialLiability: null, discipline: null, paySystems: null, payAgreement: null, payChange: null },
    motivation: { localActIns: 'внутренним нормативным документом Компании', bonusContentLaw: null, bonusCutLaw: null, unionOpinion: null },
  },
};
