import INCICore
import Testing

/// What a label's line or item is, by its structure and words: a heading (typed without its colon or its
/// diacritics, letter-spaced), a phrase inside a list (`Contains 2% or less of`), a metadata field or
/// quantity, a filler, a name wrapped over two lines, prose after the names. Texts from real labels (US
/// food panels, Korean and Chinese labels, shop records) and from other parsers' suites
/// (`Fixtures/panel/third-suites.json`).
@Suite struct LabelLineKindTests {
    let tokenizer = Tokenizer()

    func names(_ text: String) throws -> [String] {
        try tokenizer.tokenize(text).tokens.map(\.text)
    }

    // MARK: - Phrases inside a list

    /// US food and OTC panels: the names after `Contains 2% or less of` are the list's minor ingredients.
    @Test(arguments: [
        (
            "Rice, Sugar, Contains 2% or Less of Salt, Malt Flavor.",  // Rice Krispies
            ["Rice", "Sugar", "Salt", "Malt Flavor"]
        ),
        (
            "Sugar, Corn Syrup, Modified Food Starch, Contains 2% or less of the following: Natural and Artificial "
                + "Flavors, Color Added",  // jelly beans
            ["Sugar", "Corn Syrup", "Modified Food Starch", "Natural and Artificial Flavors", "Color Added"]
        ),
        (
            "CHICKEN BREAST WITH RIB MEAT, WATER, CONTAINS LESS THAN 2% OF: SALT, SOYBEAN OIL",
            ["CHICKEN BREAST WITH RIB MEAT", "WATER", "SALT", "SOYBEAN OIL"]
        ),
        (
            "INGREDIENTS: SALT, SPICES. CONTAINS 2% OR LESS OF: SILICA.",
            ["SALT", "SPICES", "SILICA"]
        ),
        (
            "Water, Sugar, and less than 1% of each of the following: Citric Acid, Salt",
            ["Water", "Sugar", "Citric Acid", "Salt"]
        ),
    ])
    func minorIngredientsPhraseSeparates(text: String, expected: [String]) throws {
        #expect(try names(text) == expected)
    }

    /// Inside a bracket the phrase and a percentage belong to the bracketed ingredient's components.
    @Test func minorIngredientsPhraseInsideABracketStaysThere() throws {
        let tokens = try tokenizer.tokenize(
            "Bread (Flour [Wheat, Niacin], Water. Contains 2% or less of Salt, Yeast), Oil (Contains one or more of "
                + "the following oils - Canola, Corn), Salt"
        ).tokens
        #expect(tokens.count == 3)
        #expect(tokens[0].text == "Bread (Flour [Wheat, Niacin], Water. Contains 2% or less of Salt, Yeast)")
        #expect(tokens[0].percent == nil)
        #expect(tokens[1].text == "Oil (Contains one or more of the following oils - Canola, Corn)")
    }

    // MARK: - Headings

    /// `Contains:` ends a food list (its allergens); printed first, with nothing before it, it heads one.
    @Test func contentsHeadingFirstHeadsTheList() throws {
        #expect(try names("Contains: Aqua, Methylparaben") == ["Aqua", "Methylparaben"])
        #expect(
            try names("Ingredients: Wheat Flour, Water, Salt.\nContains: Wheat.") == ["Wheat Flour", "Water", "Salt"])
    }

    /// A heading typed without its colon, in lower case, at the start of a line that goes on as a list.
    @Test func lowerCaseHeadingWithoutColon() throws {
        #expect(try names("ingredients water, glycerin, niacinamide") == ["water", "glycerin", "niacinamide"])
        #expect(throws: TokenizerError.self) {
            try names("Ingredients you can trust. Dermatologist tested. Made in Korea.")
        }
    }

    /// Headings and panels typed without their diacritics (Polish, Turkish shop texts).
    @Test func headingsWithoutDiacritics() throws {
        #expect(try names("Sklad: Aqua, Glycerin\nOstrzezenia: unikac kontaktu z oczami") == ["Aqua", "Glycerin"])
        #expect(try names("Skladniki: Aqua, Glycerin, Urea") == ["Aqua", "Glycerin", "Urea"])
        #expect(try names("Icindekiler: Aqua, Glycerin\nKullanim: gunde iki kez") == ["Aqua", "Glycerin"])
    }

    /// Turkish capital `İ` lowers to `i` and a combining dot: the heading `İçindekiler` (a Turkish toothpaste's
    /// phone OCR, seventh panel) is found as `içindekiler` is.
    @Test func turkishDottedCapitalHeading() throws {
        #expect(
            try names("İçindekiler: Aqua, Hydrated Silica, Sorbitol, Glycerin, PEG-6")
                == ["Aqua", "Hydrated Silica", "Sorbitol", "Glycerin", "PEG-6"])
        #expect(try names("İÇİNDEKİLER: Su, Gliserin, Pantenol") == ["Su", "Gliserin", "Pantenol"])
    }

    /// A heading in a language or an OCR reading the vocabulary does not hold is one word and a colon before
    /// the first name (OCR'd Greek `Συστατικά`, a cropped `Ingredientes`), or a label of its own among stacked
    /// headings (an OCR'd Serbian `Састав (INCI):`): not an ingredient. Open Beauty Facts labels (sixth and
    /// seventh panels).
    @Test func unknownHeadingWordBeforeTheFirstName() throws {
        #expect(
            try names("/Ingrediente:/Ingrediente:/Съставки (INCI):/EvoTariká: Aqua, Glycerin, Kaolin, Parfum, Limonene")
                == ["Aqua", "Glycerin", "Kaolin", "Parfum", "Limonene"])
        #expect(
            try names("NGREDIENTS Angredientes: Aqua (Water), Paraffinum Liquidum,\r\nGlycerin, Cetyl Alcohol")
                == ["Aqua (Water)", "Paraffinum Liquidum", "Glycerin", "Cetyl Alcohol"])
        #expect(
            try names("/Sestavine:/Sastojci:/Cacтas (INCI):/Ingredientes: Aqua, Helianthus Annuus Seed Oil, Glycerin")
                == ["Aqua", "Helianthus Annuus Seed Oil", "Glycerin"])
        // A kit's parts, one word each (a Brazilian shampoo-and-conditioner kit, fourth panel).
        #expect(
            try names("Shampoo: Aqua, Glycerin, Parfum. Condicionador: Aqua, Cetearyl Alcohol, Dimethicone")
                == ["Aqua", "Glycerin", "Parfum", "Aqua", "Cetearyl Alcohol", "Dimethicone"])
        // A name before a colon that describes it is a page's highlight, and two names are too few to tell.
        #expect(try names("Niacinamide: Aqua") != ["Aqua"])
    }

    /// What real labels print after a list's last name (seventh panel, Open Beauty Facts and shop texts): a
    /// doubled full stop before a shop's field, footnote legends one after another, an article number or a
    /// barcode run on after the name, a fluoride statement with its strength and the warnings after it.
    @Test func labelTextAfterTheLastName() throws {
        #expect(
            try names("Состав: Aqua (Water), Glycerin, Lecithin, Xanthan Gum.. Тип продукта: шампунь. ").map(
                NameKey.make)
                == ["Aqua (Water)", "Glycerin", "Lecithin", "Xanthan Gum"].map(NameKey.make))
        #expect(
            try names(
                "Water (Aqua), Glycine Soja (Soybean) Oil*, Citral**, Benzyl Salicylate** * ingredients from certified "
                    + "organic agriculture ** from natural essential oils")
                == ["Water (Aqua)", "Glycine Soja (Soybean) Oil", "Citral", "Benzyl Salicylate"])
        #expect(
            try names("Aqua, Cetyl Alcohol, Eugenol, Parfum,\r\nArt.-No. 82020\r\n28")
                == ["Aqua", "Cetyl Alcohol", "Eugenol", "Parfum"])
        #expect(
            try names("Ingredients: Aqua, Citronellol, Cinnamyl Alcohol, Parfum. Art No 80104")
                == ["Aqua", "Citronellol", "Cinnamyl Alcohol", "Parfum"])
        #expect(
            try names(
                "Aqua, Glycerin, Limonene, Benzyl Salicylate, Parfum 31733557 89066.450.AD.05 500 mle 5 025970 004761 "
                    + "Art.-No. 89066 Made in Mexico")
                == ["Aqua", "Glycerin", "Limonene", "Benzyl Salicylate", "Parfum"])
        #expect(
            try names(
                "İçindekiler: Aqua, Sorbitol, Aroma, CI 77491. Sodium Fluoride %0.31 w/w (1400ppm Fluoride) içerir. "
                    + "AMBALAJ ÜZERİNDEKİ UYARILARA UYUNUZ. Dişlerinizi günde 2 kez fırçalayınız.")
                == ["Aqua", "Sorbitol", "Aroma", "CI 77491"])
        // A colour index's five digits stay a name after the full stop.
        #expect(try names("Aqua, Glycerin, Mica. CI 77891") == ["Aqua", "Glycerin", "Mica", "CI 77891"])
    }

    /// Free-from claims printed among the names, whatever they are free of (food-label checker's suite, "real label
    /// wording"; a Benelux baby wash's four-language claims): claims, not ingredients, and no prose either.
    @Test func freeFromClaimsAmongTheNames() throws {
        #expect(
            try names("Pork, water, no titanium dioxide, free from aspartame, nitrite-free, salt") == [
                "Pork", "water", "salt",
            ])
        #expect(try names("Pork, water, salt. No titanium dioxide.") == ["Pork", "water", "salt"])
        let benelux = try tokenizer.tokenize(
            "Aqua, Glycerin, SANS PARABEN, Sin parabenos, Parabeenvrij, Hypoallergenic, Parfum")
        #expect(benelux.tokens.map(\.text) == ["Aqua", "Glycerin", "Parfum"])
        #expect(benelux.claims == [.parabenFree, .hypoallergenic])
        // A sentence that starts with the claim lists what the product is free of.
        #expect(
            try names("Rich Cream.\nIngredients: Aqua, Glycerin. Formulated without mineral oil, paraffin, petrolatum.")
                == ["Aqua", "Glycerin"])
        // No INCI name starts with a free-from lead or ends in a free-from word.
        for name in ["Nonoxynol-9", "Sodium Nitrite", "Freesia Refracta Extract", "Sinapis Alba Seed Extract"] {
            #expect(!Claim.isFreeFromStatement(name), "\(name)")
        }
    }

    /// Warnings no name contains end the list where OCR glued them to the last name without a full stop (an Open
    /// Beauty Facts aloe gel, toxfox-ocr's ground truth); a statement printed before a list without a heading is one
    /// sentence of the front (`Made in France.`), and the list after it is read.
    @Test func warningGluedToTheLastName() throws {
        #expect(
            try names(
                "Aqua, Aloe Barbadensis Leaf Juice, Propylene Glycol, Carbomer, Potassium Sorbate, Sodium Benzoate For "
                    + "external use only. Avoid contact with eyes. Batch No.:")
                == [
                    "Aqua", "Aloe Barbadensis Leaf Juice", "Propylene Glycol", "Carbomer", "Potassium Sorbate",
                    "Sodium Benzoate",
                ])
        #expect(
            try names("Aqua, Glycerin, Cetyl Alcohol, Parfum Avoid contact with eyes")
                == ["Aqua", "Glycerin", "Cetyl Alcohol", "Parfum"])
        #expect(
            try names("Made in France. Aqua, Glycerin, Parfum, Tocopherol") == [
                "Aqua", "Glycerin", "Parfum", "Tocopherol",
            ])
        // A nutrition table after its title holds no list separators: still no list.
        #expect(throws: TokenizerError.self) {
            try tokenizer.tokenize("Nutrition Facts\nCalories: 250\nProtein: 10g\nFat: 5g 8%")
        }
    }

    /// Nutrition declarations and a mineral water's analysis have commas too, but their parts are nutrients with
    /// amounts and one is an energy value or an analysis (a Greek label reader's samples, parser panel eight); a
    /// supplement's amounts without energy stay a list.
    @Test func nutritionAndWaterAnalysisTablesAreNoList() throws {
        for text in [
            "Nutrition Facts per 100g: Energy 200kcal, Protein 5g, Fat 10g, Carbohydrate 25g, Sugars 12g, Salt 0.5g",
            "Per serving (30g): Calories 120, Protein 3g, Total Fat 4g, Total Carbohydrate 20g, Sugars 8g",
            "Water analysis: pH 7.2, Conductivity 450 µS/cm, Ca 60 mg/L, Mg 15 mg/L, HCO3 180 mg/L",
            "Calories 250\nProtein 10g\nFat 5g\nSodium 200mg 9%",
        ] {
            #expect(throws: TokenizerError.self, "\(text)") { try tokenizer.tokenize(text) }
        }
        #expect(
            try names("Vitamin C 500mg, Zinc 15mg, Vitamin D3 25mcg, Selenium 55mcg")
                == ["Vitamin C", "Zinc", "Vitamin D3", "Selenium"])
        #expect(try names("Συστατικά: νερό, ζάχαρη\nDietary information:\nEnergy: 100 kcal") == ["νερό", "ζάχαρη"])
        // A field line after a list is no wrapped name.
        #expect(
            try names("Ingredients: Water, Sugar, Salt, Oil\nMore info: www.example.com")
                == ["Water", "Sugar", "Salt", "Oil"])
    }

    /// Glued OCR of Taiwanese labels (a skincare app's tests, parser panel eight): a Han heading run into the first
    /// Latin name, a Han panel heading run on after the last; Greek headings with and without their accent; a
    /// "Contains:" heading under the product's name.
    @Test func headingsGluedAcrossScripts() throws {
        #expect(try names("全成分WATER(AQUA/EAU), GLYCERIN") == ["WATER(AQUA/EAU)", "GLYCERIN"])
        #expect(
            try names(
                "柔霧質地帶來持久的貼妝效果。全成分WATER(AQUA/EAU), GLYCERIN, DIMETHICONE, PHENOXYETHANOL注意事項：本產品僅供外用，"
                    + "避免接觸眼睛。容量：50ml")
                == ["WATER(AQUA/EAU)", "GLYCERIN", "DIMETHICONE", "PHENOXYETHANOL"])
        #expect(try names("宣傳標題\n成分表：甘油, 泛醇") == ["甘油", "泛醇"])
        #expect(
            try names("全成分：WATER, GLYCERIN, SQUALANE\n製造廠：SAMPLE FACTORY\n輸入業者：SAMPLE IMPORTER")
                == ["WATER", "GLYCERIN", "SQUALANE"])
        #expect(try names("Συστατικα: νερο, ζαχαρη, αλατι") == ["νερο", "ζαχαρη", "αλατι"])
        #expect(try names("Σύνθεση: Νερό, Άρωμα, Κιτρικό Οξύ") == ["Νερό", "Άρωμα", "Κιτρικό Οξύ"])
        #expect(try names("Product Title\nCONTAINS: Alpha-Glucan, Beta-Glucan") == ["Alpha-Glucan", "Beta-Glucan"])
    }

    /// Sephora's bulleted highlights above a list without a heading (sephora-2020-skincare.jsonl): the block is
    /// highlights when one bullet notes what it does, ends a sentence or names what the list repeats. A Drug Facts
    /// panel's actives printed as bullets (Dr. Dennis Gross's SPF 40: `-Titanium Dioxide⏎-Zinc Oxide`) stay.
    @Test func bulletedHighlightsAboveTheList() throws {
        // Biossance Squalane + Omega Repair Cream
        #expect(
            try names(
                "-Acai Berry Sterols\n-Hyaluronic Acid: Hydrates and binds moisture to the skin.\n-Omega Fatty Acids: "
                    + "Nurture and support hydration.\n\nWater, Squalane, Glycerin, Caprylic/Capric Triglyceride, "
                    + "Isoamyl Laurate")
                == ["Water", "Squalane", "Glycerin", "Caprylic/Capric Triglyceride", "Isoamyl Laurate"])
        // Lancôme Hydra Zen Anti-Stress Gel Moisturizer: the list repeats Salicylic Acid.
        #expect(
            try names(
                "-Rosa Gallica Flower Extract\n-Salicylic Acid\n\nWater, Glycerin, Cyclohexasiloxane, Salicylic Acid, "
                    + "Dimethicone")
                == ["Water", "Glycerin", "Cyclohexasiloxane", "Salicylic Acid", "Dimethicone"])
        // OLEHENRIKSEN Find Your Balance Oil Control Cleanser: a note with a semicolon is no list line.
        #expect(
            try names(
                "-Green Fusion Complex™: Proprietary blend of potent active botanicals with natural antiseptic "
                    + "properties; helps absorb excess oil and refine pores.\n-Neem Seed Oil\n-Glycolic and lactic acids "
                    + "(AHAs): Help lift and loosen dead skin cells that clog pores.\n\nWater, Sodium Cocoyl Isethionate, "
                    + "Decyl Glucoside, Cocamidopropyl Betaine")
                == ["Water", "Sodium Cocoyl Isethionate", "Decyl Glucoside", "Cocamidopropyl Betaine"])
        #expect(
            try names(
                "-Titanium Dioxide\n-Zinc Oxide\n\nWater, Glycerin, Butylene Glycol, Isononyl Isononanoate, "
                    + "[+/- (May Contain): Titanium Dioxide (CI 77891), Mica (CI 77019)]"
            ).prefix(3)
                == ["Titanium Dioxide", "Zinc Oxide", "Water"])
    }

    /// A shop's description above the list heading has commas like a list, but its parts are sentences (Polish,
    /// French shop texts, seventh panel): they are not ingredients.
    @Test func descriptionAboveTheHeadingIsNotAList() throws {
        #expect(
            try names(
                "Kojący szampon MURKY zawiera ekstrakt z piołunu, pochodną kwasu glicyretynowego z lukrecji oraz "
                    + "azeloglicynę. Dodatkowo zawiera argininę, niacynamid, ekstrakt z drożdży oraz biotynę.\n\n"
                    + "Sposób użycia: Niewielką ilość produktu nanieś na skórę głowy.\n\n"
                    + "Składniki: Aqua, Decyl Glucoside, Glycerin, Panthenol.\n\nWyprodukowano w Polsce")
                == ["Aqua", "Decyl Glucoside", "Glycerin", "Panthenol"])
        // A kit's first list above the second one's heading is still read.
        #expect(
            try names("Aqua, Glycerin, Squalane, Panthenol, Allantoin\nMoisturizer Ingredients: Aqua, Shea Butter")
                == ["Aqua", "Glycerin", "Squalane", "Panthenol", "Allantoin", "Aqua", "Shea Butter"])
    }

    /// Drug Facts forms from other parsers' suites (sixth and seventh panels): the panel's title before its actives'
    /// heading on one line; an active printed before the inactive heading on its line, without a heading of its
    /// own (openFDA's lower-case fields, a strength by mass); a product's name in title case stays no active.
    @Test func drugFactsActivesWithoutTheirOwnLine() throws {
        #expect(
            try names("Drug Facts Active ingredient Aluminum Sesquichlorohydrate (16%)") == [
                "Aluminum Sesquichlorohydrate"
            ])
        #expect(
            try names("octocrylene inactive ingredients: water, glycerin") == ["octocrylene", "water", "glycerin"])
        let tokens = try tokenizer.tokenize("Acetaminophen 500mg; inactive: corn starch, hypromellose").tokens
        #expect(tokens.map(\.text) == ["Acetaminophen", "corn starch", "hypromellose"])
        #expect(tokens.first?.section == .active)
        #expect(tokens.first?.annotations.contains("500mg") == true)
        #expect(try names("Sunscreen Lotion Inactive Ingredients: Water, Glycerin") == ["Water", "Glycerin"])
    }

    /// Among the names (seventh panel: an Indian app's tests of real Open Beauty Facts labels, a Russian OCR
    /// importer's, an Indian soap's label): a batch code is no name, nor the period-after-opening symbol read before
    /// one; a sentence after the names ends the list even when more text follows it.
    @Test func codesSymbolsAndSentencesAmongTheNames() throws {
        #expect(try names("CITRAL, GERANIOL, (C0547C)") == ["CITRAL", "GERANIOL"])
        #expect(try names("Aqua, C0547C, CI 77891") == ["Aqua", "CI 77891"])
        #expect(
            try names("Sugar, Modified Starch E1422, E1422, Salt") == [
                "Sugar", "Modified Starch E1422", "E1422", "Salt",
            ])
        #expect(try names("INCI: CITRIC ACID, 12M CAPRYLYL GLYCOL") == ["CITRIC ACID", "CAPRYLYL GLYCOL"])
        #expect(try names("Aqua, PEG-14M, PEG-6000, Glycerin") == ["Aqua", "PEG-14M", "PEG-6000", "Glycerin"])
        #expect(
            try names(
                "Coconut Oil-95%, Castor Oil-3%, Hydno Carpus Oil-0.5%, Turmeric Extract-1%, Cinnamomum Zeylanicum-0.5%, "
                    + "Soap base is prepared from Coconut Oil, Natural Oils & Herbal extracts for finer skin complexion "
                    + "FREE FROM ANIMAL FAT Net.")
                == ["Coconut Oil", "Castor Oil", "Hydno Carpus Oil", "Turmeric Extract", "Cinnamomum Zeylanicum"])
    }

    /// Chinese panels printed letter-spaced after a food list.
    @Test func letterSpacedChinesePanelsEndTheList() throws {
        #expect(try names("配料：小麦，大豆，花生，芝麻\n保 质 期 12个月\n净 含 量 500克") == ["小麦", "大豆", "花生", "芝麻"])
        #expect(try names("配料：水，甘油\n【产 品 标 准 代 号】GB 19640") == ["水", "甘油"])
    }

    /// Korean headings with the word for "table" or "name", and the Chinese 原料.
    @Test func koreanAndChineseHeadingForms() throws {
        #expect(try names("전성분표 : 정제수, 글리세린") == ["정제수", "글리세린"])
        #expect(try names("성분명: 정제수, 글리세린") == ["정제수", "글리세린"])
        #expect(try names("原料:水,甘油\nINGREDIENTS: AQUA, GLYCERIN") == ["水", "甘油", "AQUA", "GLYCERIN"])
    }

    // MARK: - Metadata

    /// `Field: value` lines of a shop record or a label's legal panel are not ingredients.
    @Test func fieldLinesAreNotIngredients() throws {
        #expect(try names("Product Name: X\n\n- Aqua\n- Propylparaben\n") == ["Aqua", "Propylparaben"])
        #expect(try names("제품명: 어떤세럼, 전성분: 정제수, 글리세린") == ["정제수", "글리세린"])
        // A Korean wet-wipe label (OCR): the type field after the list ends it.
        #expect(try names("전성분: 정제수, 소듐벤조에이트, 향료\n유형:인체세정용물휴지 용량:[부직포]100매") == ["정제수", "소듐벤조에이트", "향료"])
    }

    /// Net contents and batch fields printed in a list's last line end it; a quantity or a barcode line
    /// between a list's lines separates them.
    @Test func quantitiesAndCodesAreNotIngredients() throws {
        #expect(try names("전성분: 정제수, 글리세린, 50ml, 제조번호 A2024, 내용량 100g") == ["정제수", "글리세린"])
        #expect(
            try names("INGREDIENTS: Aqua, Glycerin, Cetearyl Alcohol,\n100 ml ℮\nParfum, Citric Acid")
                == ["Aqua", "Glycerin", "Cetearyl Alcohol", "Parfum", "Citric Acid"])
        #expect(
            try names("Ingredients: Aqua, Glycerin\n4005808123456\nParfum, Limonene")
                == ["Aqua", "Glycerin", "Parfum", "Limonene"])
        // E-numbers and colour indexes are names, not quantities.
        #expect(
            try names("Sugar, E 322, CI 77891, 1,2-Hexanediol") == ["Sugar", "E 322", "CI 77891", "1,2-Hexanediol"])
    }

    /// `xxxxxxxx` fills a cell; a lone Hangul letter is OCR noise.
    @Test func fillersAreNotIngredients() throws {
        #expect(try names("Aqua, xxxxxxxxxxxx, Glycerin") == ["Aqua", "Glycerin"])
        #expect(try names("정제수, ㅁ, 글리세린, .") == ["정제수", "글리세린"])
        // A single Han character is a name: 水 (water).
        #expect(try names("水、油、BG") == ["水", "油", "BG"])
    }

    // MARK: - Continuations

    /// A name wrapped over two lines of a list printed one name to a line: a head noun (`Oil`, `EXTRACT`)
    /// cannot start a name, an `-yl` word (`Glyceryl`) cannot end one.
    @Test func wrappedNamesJoin() throws {
        #expect(
            try names("Ingredients:\nAqua\nHelianthus Annuus Seed\nOil\nGlyceryl\nStearate")
                == ["Aqua", "Helianthus Annuus Seed Oil", "Glyceryl Stearate"])
        #expect(try names("Sugar\nGarlic\nSalt\nOnion") == ["Sugar", "Garlic", "Salt", "Onion"])
    }

    /// The katakana middle dot joins the words of one name when commas separate the names.
    @Test func katakanaMiddleDotInsideANameWithCommas() throws {
        #expect(try names("ラウロイルメチルアラニンNa・水, グリセリン") == ["ラウロイルメチルアラニンNa・水", "グリセリン"])
        #expect(try names("水・BG・グリセリン") == ["水", "BG", "グリセリン"])
    }

    /// HTML character references pasted from a page's source.
    @Test func characterReferencesAreDecoded() throws {
        #expect(try names("Aqua/Water/Eau, Glycerin&quot;, Parfum") == ["Aqua/Water/Eau", "Glycerin", "Parfum"])
        #expect(
            try names("Caprylic&#47;Capric Triglyceride, Glycerin") == ["Caprylic/Capric Triglyceride", "Glycerin"])
        // A text that only looks like one keeps its ampersand.
        #expect(try names("Aqua, Oat & Honey Extract") == ["Aqua", "Oat & Honey Extract"])
    }

    // MARK: - Prose

    /// Prose after the last name behind a comma, not a period: the names are the list.
    @Test func proseAfterTheLastNameEndsTheList() throws {
        #expect(try names("Aqua, this product was tested under dermatological control") == ["Aqua"])
        #expect(
            try names("Aqua, Glycerin, Tocopherol, it is suitable for all skin types and was tested by dermatologists")
                == ["Aqua", "Glycerin", "Tocopherol"])
        // A list whose last name has a long, verb-free name is not cut.
        #expect(
            try names("Aqua, Glycerin, Hydrolyzed Rice Bran Protein And Soybean Seed Extract")
                == ["Aqua", "Glycerin", "Hydrolyzed Rice Bran Protein And Soybean Seed Extract"])
    }

    // MARK: - Markup and page controls

    /// Catalog cells and scrapes that kept a page's source: tags (escaped or not), references without their
    /// semicolon and the `/p` a clean-up left (`Fixtures/panel/fourth-suites.json`).
    @Test(arguments: [
        (
            "Water, <span class=\"allergen\">Shea Butter</span>, 1,2-Hexanediol",  // Open Beauty Facts text
            ["Water", "Shea Butter", "1,2-Hexanediol"]
        ),
        (
            "lt;p&gt;&lt;span&gt;Full Ingredient List:\u{200B}&lt;/span&gt;&lt;span&gt;AQUA (WATER), GLYCERIN."
                + "&lt;/span&gt;&lt;/p&gt",
            ["AQUA (WATER)", "GLYCERIN"]
        ),
        ("AQUA (WATER), GLYCERIN. /p", ["AQUA (WATER)", "GLYCERIN"]),
        ("Full Ingredient List: AQUA, GLYCERIN &copy,", ["AQUA", "GLYCERIN"]),
        ("<p>Aqua, Glycerin</p><p>Directions: apply daily.</p>", ["Aqua", "Glycerin"]),
    ])
    func markupIsNotPartOfNames(text: String, expected: [String]) throws {
        #expect(try names(text) == expected)
    }

    /// A name with `<` or a slash-word stays as printed: `<5% Perfume`, `Aqua/Water`, `Vitamin A /B`.
    @Test func lessThanAndSlashesInNamesStay() throws {
        let tokens = try tokenizer.tokenize("Aqua/Water, Glycerin /Glycerol, <5% Perfume").tokens
        #expect(tokens.count == 3)
        #expect(tokens.map(\.raw) == ["Aqua/Water", "Glycerin /Glycerol", "<5% Perfume"])
    }

    /// A page's controls scraped with the list (a Brazilian hair-care scrape: `click here`, `ver mais`).
    @Test func pageControlsAreNotIngredients() throws {
        #expect(
            try names("Aqua, Sodium Laureth Sulfate, click here, Glycerin, Parfum, ver mais, Citric Acid")
                == ["Aqua", "Sodium Laureth Sulfate", "Glycerin", "Parfum", "Citric Acid"])
        #expect(try names("Aqua, Glycerin, Mehr anzeigen") == ["Aqua", "Glycerin"])
    }

    /// Panels and statements after a list in Portuguese, Spanish and Italian labels and pages.
    @Test(arguments: [
        ("Aqua, Glycerin, Parfum. Como usar: massageie", ["Aqua", "Glycerin", "Parfum"]),
        ("Aqua, Glycerin, Parfum. Benefícios: hidratação intensa", ["Aqua", "Glycerin", "Parfum"]),
        (
            "PARA USO EXTERNO. INGREDIENTES: Aqua, Glycerin, Panthenol. HECHO EN TAILANDIA. FABRICADO POR: Example Labs",
            ["Aqua", "Glycerin", "Panthenol"]
        ),
        (
            "Ingredienti:\nacqua, sale\nPeso netto 200 g\nVia Roma 1\nValori nutrizionali",
            ["acqua", "sale"]
        ),
        (
            "Ingredients: Potatoes, Sea Salt, Citric Acid\n\nAllergen Info\n",
            ["Potatoes", "Sea Salt", "Citric Acid"]
        ),
    ])
    func panelsAfterTheListInMoreLanguages(text: String, expected: [String]) throws {
        #expect(try names(text) == expected)
    }

    /// Prose in the other languages of labels and pages is not a list (a Brazilian hair-care scrape's
    /// directions and marketing, `Fixtures/panel/fourth-suites.json`); a list with such a word once stays one.
    @Test func proseInOtherLanguagesIsNotAList() throws {
        #expect(throws: TokenizerError.self) { try tokenizer.tokenize("Aplique nos cabelos molhados") }
        #expect(throws: TokenizerError.self) {
            try tokenizer.tokenize(
                "Descubra a nova fórmula, desenvolvida para transformar seus cabelos, com tecnologia avançada")
        }
        #expect(throws: TokenizerError.self) {
            try tokenizer.tokenize("Aplique nos cabelos molhados, massageie suavemente, enxágue após 3 minutos de uso")
        }
        #expect(
            try names("Aqua, Glycerin, Cera Alba, Parfum, Huile de Tournesol, Beurre de Karité, Limonene")
                == ["Aqua", "Glycerin", "Cera Alba", "Parfum", "Huile de Tournesol", "Beurre de Karité", "Limonene"])
    }

    // MARK: - OCR of real labels

    /// Tesseract's reading of real product photos (the Is_This_Vegan project's test images,
    /// `Fixtures/panel/fourth-suites.json`): a narrow column with names wrapped over lines and blank lines,
    /// then the product's name in other languages and the distributor after the list's full stop.
    @Test func narrowColumnReadByOCR() throws {
        let text = """
            INGREDIENTS:
            Aqua/Water/Eau, Synthetic
            Beeswax, Paraffin, Glyceryl

            Stearate, Acacia Senegal Gum,
            Butylene Glycol, Oryza Sativa
            (Rice) Bran Wax/Oryza Sativa

            Bran Cera, Stearic Acid,
            Sodium Phosphate, Acetyl

            Hexapeptide-1, Dextran,
            Phenoxyethanol, Potassium
            Sorbate, Iron Oxides

            (Cl 77499), Ultramarines
            (Cl 77007), Black 2 (Cl 77266).

            ]
            i

            Macxapa - Rimel
            » Ripsmetuss - Rasenka
            - Mascara para pestanas
            """
        #expect(
            try names(text) == [
                "Aqua/Water/Eau", "Synthetic Beeswax", "Paraffin", "Glyceryl Stearate", "Acacia Senegal Gum",
                "Butylene Glycol", "Oryza Sativa (Rice) Bran Wax/Oryza Sativa Bran Cera", "Stearic Acid",
                "Sodium Phosphate", "Acetyl Hexapeptide-1", "Dextran", "Phenoxyethanol", "Potassium Sorbate",
                "Iron Oxides (Cl 77499)", "Ultramarines (Cl 77007)", "Black 2 (Cl 77266)",
            ])
    }

    /// OCR specks: a `|` or `_` at a line start, a mismatched bracket, an exclamation mark for a speck.
    @Test func ocrSpecksAroundNames() throws {
        let text = """
            INGREDIENTS: WHOLE GRAIN WHEAT FLOUR, ENRICHED FLOUR
            [WHEAT FLOUR, NIACIN, FOLIC ACID}, SUGAR, CANOLA
            OIL, SOY LECITHIN, NIACINAMIDE,
            __ PYRIDOXINE HYDROCHLORIDE (VITAMIN B6), Benzyl! Alcohol,
            | THIAMIN MONONITRATE (VITAMIN B1).
            """
        #expect(
            try names(text) == [
                "WHOLE GRAIN WHEAT FLOUR", "ENRICHED FLOUR [WHEAT FLOUR, NIACIN, FOLIC ACID]", "SUGAR", "CANOLA OIL",
                "SOY LECITHIN", "NIACINAMIDE", "PYRIDOXINE HYDROCHLORIDE (VITAMIN B6)", "Benzyl Alcohol",
                "THIAMIN MONONITRATE (VITAMIN B1)",
            ])
    }

    /// A phone screenshot of a shop page: the status bar, a heading with specks, key-ingredient bullets
    /// wrapped onto lower-case lines, the list, the app's tab bar.
    @Test func screenshotOfAShopPage() throws {
        let text = """
            et) T-Mobile Wi-Fi & 1:05 PM @ 7 100% {)

            K< Q INGREDIENTS O Ss

            -Sweet Almond Oil: Replenishes the skin and leaves it soft
            and silky.

            Cetearyl Ethylhexanoate, Squalane, Cera Alba (Beeswax), Polysorbate 20, Cetearyl
            Alcohol, Phospholipids.

            A f& © ee

            Home Shop Claire Stores Inspire
            """
        #expect(
            try names(text) == [
                "Cetearyl Ethylhexanoate", "Squalane", "Cera Alba (Beeswax)", "Polysorbate 20", "Cetearyl Alcohol",
                "Phospholipids",
            ])
    }

    /// After a list closed by its full stop, a line that is not itself a list (a batch code read by OCR) is
    /// not an ingredient; a line that goes on as a list is (`Fixtures/panel/fourth-suites.json`).
    @Test func linesAfterAListClosedByAFullStop() throws {
        #expect(try names("INGREDIENTES: AQUA, LIMONENE.\nS2ACG\n657381") == ["AQUA", "LIMONENE"])
        #expect(try names("Aqua, Glycerin.\nParfum, Linalool") == ["Aqua", "Glycerin", "Parfum", "Linalool"])
        #expect(try names("Aqua. Glycerin. 1,2-Hexanediol") == ["Aqua", "Glycerin", "1,2-Hexanediol"])
    }

    /// A sentence after the names, set off by a comma, ends the list (a torn label's note).
    @Test func lowerCaseSentenceAfterTheNames() throws {
        #expect(
            try names(
                "Ingredients: Aqua, Glycerin, Ascorbyl Glucoside, Propanediol,\nlist continues under the torn label edge"
            )
                == ["Aqua", "Glycerin", "Ascorbyl Glucoside", "Propanediol"])
    }

    /// Chinese: the "main ingredients" heading inside a line (`主要成分：`), the ideographic full stop after the
    /// last name, and the purpose panel (`用途：`) after the list.
    @Test func chineseKeyIngredientsAndPurposePanel() throws {
        #expect(try names("净含量50ml，主要成分：水、甘油、烟酰胺") == ["水", "甘油", "烟酰胺"])
        #expect(
            try names("成分：水、甘油、烟酰胺、泛醇、透明质酸钠。\n用途：日常保湿。\n不宣称治疗疾病；请勿当作实际产品检测报告。")
                == ["水", "甘油", "烟酰胺", "泛醇", "透明质酸钠"])
        #expect(try names("주요성분: 정제수, 글리세린") == ["정제수", "글리세린"])
    }

    /// A lead-in phrase before the first name (`Descubra a formula:`), unlike a kit part's name or a name with
    /// its description, is not part of the name.
    @Test func leadInPhraseBeforeTheFirstName() throws {
        #expect(
            try names("Composicao\nDescubra a formula: Aqua, Sodium Laureth Sulfate, Glycerin, Parfum")
                == ["Aqua", "Sodium Laureth Sulfate", "Glycerin", "Parfum"])
        #expect(try names("Discover the formula: Aqua, Glycerin, Parfum") == ["Aqua", "Glycerin", "Parfum"])
        #expect(try names("Vanillin: An Artificial Flavor, Sugar, Salt").first == "Vanillin: An Artificial Flavor")
    }

    // MARK: - Open Beauty Facts texts and scraped pages (`Fixtures/panel/fifth-suites.json`)

    /// `Cl 42090` is a colour index typed with a lower-case L, not 42,090 centilitres (a unit follows its
    /// number); a batch code on the line of a list closed by a full stop is not an ingredient, nor is the
    /// start of a sentence there (Open Beauty Facts 3574661065427, 0010181032806).
    @Test func colourIndexWithLowerCaseLAndResidueAfterTheList() throws {
        #expect(
            try names("Parfum, Limonene, Linalool, Cl 42090, CI 14720. ĮPR-G18094]")
                == ["Parfum", "Limonene", "Linalool", "Cl 42090", "CI 14720"])
        #expect(
            try names("Phenoxyethanol, Fragrance (Parfum), Benzyl Benzoate, Coumarin, Benzyl Alcohol. Due to high")
                == ["Phenoxyethanol", "Fragrance (Parfum)", "Benzyl Benzoate", "Coumarin", "Benzyl Alcohol"])
        #expect(try names("Aqua, Glycerin, 50 ml") == ["Aqua", "Glycerin"])
        // Several sentences of names stay a list (`Citric Acid. PEG-40 Hydrogenated Castor Oil, …`).
        #expect(
            try names("Laureth-4, Citric Acid. PEG-40 Hydrogenated Castor Oil, Sodium Benzoate")
                == ["Laureth-4", "Citric Acid", "PEG-40 Hydrogenated Castor Oil", "Sodium Benzoate"])
    }

    /// A scraped page runs a tab's label into the panel's heading (`IngrediëntenIngrediënten:`) or the heading
    /// into the first name: the heading is found where the case turns inside the word (Albert Heijn pages).
    @Test func headingRunTogetherWithItsNeighbour() throws {
        #expect(
            try names("IngrediëntenIngredienten: Volkoren TARWEMEEL (49%), TARWEMEEL (39%), gist, zout.")
                == ["Volkoren TARWEMEEL", "TARWEMEEL", "gist", "zout"])
        #expect(try names("IngredientsWater, Glycerin, Parfum") == ["Water", "Glycerin", "Parfum"])
        // A short heading is not found so: `InciDecoder` is a site's name.
        #expect(try names("Aqua, Glycerin, InciDecoder") == ["Aqua", "Glycerin", "InciDecoder"])
    }

    /// A photo cropped at the heading's first letter (`ngredients (INCI):`), and OCR reading the colon of a
    /// heading at a line start as a comma (`NGREDIENTES,`): the text before it is not the list (Open Beauty
    /// Facts 5901350468838, 8410104102425).
    @Test func headingCroppedOrWithACommaReadByOCR() throws {
        #expect(
            try names("ngredients (INCI): Aqua, Octocrylene, Phenylbenzimidazole Sulfonic Acid.")
                == ["Aqua", "Octocrylene", "Phenylbenzimidazole Sulfonic Acid"])
        #expect(
            try names(
                "Usar\r\nbajo\r\nsupervision\r\nuego,lama o fuente de calor\r\nNGREDIENTES, Alcohol Denat Aqua, Parum,Trideceth-9"
            )
                == ["Alcohol Denat Aqua", "Parum", "Trideceth-9"])
    }

    /// A toothpaste's `Contains:` statement above its `Ingredients:` is not the list, and `Enthält:`, `Contient:`,
    /// `Bevat:` … after it end it as `Contains:` does (elmex, Open Beauty Facts 7610108024513 and 8718951032996).
    @Test func containsStatementsAroundAToothpasteList() throws {
        #expect(
            try names(
                "Contains: Sodium fluoride (1450 ppm F)\n\nIngredients: Aqua, hydrated silica, sorbitol, menthol.")
                == ["Aqua", "hydrated silica", "sorbitol", "menthol"])
        #expect(
            try names(
                "Ingredients: Aqua, Glycerin, Olaflur, Sodium Saccharin. Enthält: Olaflur und Natriumfluorid/ Contient: "
                    + "Olafluor et du fluorure de sodium/ Bevat: natriumfluoride/Contiene: Olaflur (fluoruro amminico), "
                    + "fluoruro di sodio/ Innehåller: ammoniumdifluorid, Natriumfluorid/(500 ppm F*)")
                == ["Aqua", "Glycerin", "Olaflur", "Sodium Saccharin"])
        // Alone, `Contains:` and its translations still head a list.
        #expect(try names("Enthält: Aqua, Glycerin") == ["Aqua", "Glycerin"])
    }

    /// Pet food prints its analysis after the list (EU "Analytical constituents", Taiwan's 營養分析 and 保證成分):
    /// the percentages there are no ingredients; a heading right above the analysis starts an empty list
    /// (Ziwi Peak and Astkatta pages).
    @Test func petFoodAnalysisEndsTheList() throws {
        #expect(try names("主要成份：鯖魚，羊肉，羊肝 營養分析： 粗蛋白質(最少) 44% 粗脂肪 (最少) 24%") == ["鯖魚", "羊肉", "羊肝"])
        #expect(try names("成分:\n雞肉39.5%，湯54.62%\n營養分析：\n粗蛋白質（最低）10%") == ["雞肉", "湯"])
        #expect(throws: TokenizerError.self) {
            try names(
                "Mackerel Mousse 80g\nMain Ingredients:\nAnalytical constituents:\nProtein (min): 6.5\nAsh (max): 2.5")
        }
    }

    /// Without a heading, the product's front read above the net quantity (`200 g`) is not the list that
    /// follows it (a review app's front-and-back OCR).
    @Test func productFrontAboveTheNetQuantity() throws {
        #expect(
            try names(
                "TERRA VIVA\nESFOLIANTE CORPORAL\nCAFÉ\n200 g\nCOFFEA ARABICA SEED POWDER, CERA ALBA,\nTOCOPHEROL.")
                == ["COFFEA ARABICA SEED POWDER", "CERA ALBA", "TOCOPHEROL"])
        // A list of one name per line stays whole.
        #expect(try names("Aqua\nGlycerin\nParfum") == ["Aqua", "Glycerin", "Parfum"])
    }

    /// Sentences that each say what an ingredient does, with no separator, are a description, not a list (a
    /// shop's key-ingredients accordion); names printed one to a sentence stay a list.
    @Test func descriptionOfIngredientsIsNoList() throws {
        #expect(throws: TokenizerError.self) {
            try names(
                "Rose Flower Oil nourishes & restores. Ceramide provides time-release moisture. Probiotics protect & balance."
            )
        }
        #expect(try names("Aqua. Glycerin. Parfum.") == ["Aqua", "Glycerin", "Parfum"])
        // After a heading the names are never taken for a description.
        #expect(try names("Ingredients: Squalane. Sourced from olives.").first == "Squalane")
    }

    /// Short marketing sentences with a pronoun (`Our finest shampoo. Try it today.`) are prose, not a list of two
    /// names.
    @Test func shortSentencesWithAPronounAreNoList() throws {
        #expect(throws: TokenizerError.self) { try names("Our finest shampoo. Try it today.") }
        #expect(try names("Your new favourite cleanser.\nIngredients: Aqua, Glycerin") == ["Aqua", "Glycerin"])
    }

    /// A consumer-service or telephone line after the list ends it (Open Beauty Facts 8410104102425, a Spanish
    /// cologne: `… Geraniol⏎… Atencion al Consumidor: 900 300 026`).
    @Test func consumerServiceLineEndsTheList() throws {
        #expect(
            try names(
                "INGREDIENTES: Alcohol Denat, Aqua, Parfum, Limonene, Linalool, Geraniol\nAtencion al Consumidor: 900 300 026"
            )
                == ["Alcohol Denat", "Aqua", "Parfum", "Limonene", "Linalool", "Geraniol"])
        #expect(
            try names("Aqua, Sorbitol, Menthol, Anethole. Tel.: 0800 944 803 (Service et appel gratuits).")
                == ["Aqua", "Sorbitol", "Menthol", "Anethole"])
    }

    // MARK: - Sixth panel's classes (`Fixtures/panel/sixth-suites.json`, real labels)

    /// openFDA's label fields print the Drug Facts headings without a colon at the start of the line; a
    /// sentence that starts with the words and holds no separator is not one.
    @Test func drugFactsHeadingWithoutColonStartsItsList() throws {
        #expect(try names("Inactive ingredients water, fragrance") == ["water", "fragrance"])
        #expect(
            try names(
                "Active ingredients Avobenzone 2.7%, Homosalate 9.0%, Octisalate 4.5%\nInactive ingredients Water, Glycerin"
            )
                == ["Avobenzone", "Homosalate", "Octisalate", "Water", "Glycerin"])
        #expect(
            try names("Active ingredients in this serum are gentle.\nIngredients: Water, Glycerin") == [
                "Water", "Glycerin",
            ])
    }

    /// A Drug Facts panel run together on one line, as volunteer databases store it: the active with its
    /// strength after a qualifier, then Purpose, Uses, Warnings and Directions, then the inactive list.
    @Test func drugFactsPanelOnOneLine() throws {
        #expect(
            try names(
                "Active ingredient (in each spray) Avobenzone 3% Purpose Sunscreen Uses helps prevent sunburn Warnings "
                    + "For external use only. Keep out of reach of children. Directions apply liberally. Inactive "
                    + "ingredients: Water, Glycerin, Fragrance, Tocopherol. Questions? 1-800-555-0100")
                == ["Avobenzone", "Water", "Glycerin", "Fragrance", "Tocopherol"])
    }

    /// openFDA's active-ingredient field flattens the Drug Facts table: `Active ingredients Purpose`, then each
    /// active with its strength and purpose, no separator.
    @Test func drugFactsTableFlattenedOntoItsLine() throws {
        #expect(
            try names("Active ingredients Purpose Titanium Dioxide (4.9%) Sunscreen Zinc Oxide (21.6%) Sunscreen")
                == ["Titanium Dioxide", "Zinc Oxide"])
        #expect(
            try names(
                "Active ingredients Purpose Avobenzone 3% Sunscreen Homosalate 10% Sunscreen Octisalate 5% Sunscreen\n"
                    + "Inactive ingredients Water, Glycerin")
                == ["Avobenzone", "Homosalate", "Octisalate", "Water", "Glycerin"])
    }

    /// A page's note on a key ingredient above a list that has no heading is not its first item; bulleted names
    /// there stay (Sephora prints a Drug Facts panel's actives so), and after a heading bullets are the list.
    @Test func keyIngredientNoteAboveAListWithoutHeading() throws {
        #expect(
            try names(
                "-Avobenzone 2.2%\n-Octinoxate 7.5%\n\nWater, Cyclopentasiloxane, Octyldodecyl Neopentanoate, Glycerin")
                == [
                    "Avobenzone", "Octinoxate", "Water", "Cyclopentasiloxane", "Octyldodecyl Neopentanoate", "Glycerin",
                ])
        #expect(
            try names(
                "Green Tea Leaf Water: Antimicrobial and soothing\nWater, Glycerin, Camellia Sinensis Leaf Water, Niacinamide"
            )
                == ["Water", "Glycerin", "Camellia Sinensis Leaf Water", "Niacinamide"])
        #expect(try names("Ingredients:\n- Water\n- Glycerin\n- Niacinamide") == ["Water", "Glycerin", "Niacinamide"])
    }

    /// The Arabic comma and semicolon separate (`ماء، جلسرين؛ نياسيناميد`); spaced locants do not
    /// (`1, 2, 3-Propanetriol`).
    @Test func arabicSeparatorsAndSpacedLocants() throws {
        #expect(try names("ماء، جلسرين؛ نياسيناميد") == ["ماء", "جلسرين", "نياسيناميد"])
        #expect(try names("Aqua, 1, 2, 3-Propanetriol, Glycerin").count == 3)
    }

    /// A name's footnote mark at a line's end closes it: the break is the comma the label lost (JASON Biotin
    /// shampoo). A line ending in a bracket or a word that goes on stays one name.
    @Test func footnoteMarkAtALineBreakSeparates() throws {
        #expect(
            try names(
                "mentha arvensis leaf oil, simmondsia chinensis (jojoba) seed oil¹\naloe barbadensis leaf juice¹, menthol"
            )
                == [
                    "mentha arvensis leaf oil", "simmondsia chinensis (jojoba) seed oil", "aloe barbadensis leaf juice",
                    "menthol",
                ])
        #expect(
            try names(
                "Lonicera Japonica (Japanese Honeysuckle)\nFlower Extract, Tocopherol (Vitamin E), Hibiscus Flower Extract"
            )
            .first == "Lonicera Japonica (Japanese Honeysuckle) Flower Extract")
    }

    /// After a list closed by a full stop: the net quantity and its text (La Roche-Posay's `e 400 ml Distribution
    /// réservée …`, a developer's `Flacon 1 L`), a telephone number, a field such as `Note: see box`.
    @Test func quantityTelephoneAndFieldAfterTheListsFullStop() throws {
        #expect(
            try names(
                "Ingredients: Water, Glycerin, Niacinamide. e 400 ml Distribution réservée aux dépositaires agréés")
                == ["Water", "Glycerin", "Niacinamide"])
        #expect(
            try names("Aqua, Hydrogen Peroxide, Cetearyl Alcohol, Glycerin. Flacon 1 L — usage professionnel.")
                == ["Aqua", "Hydrogen Peroxide", "Cetearyl Alcohol", "Glycerin"])
        #expect(try names("Water, Glycerin, Fragrance, Tocopherol. Questions? 1-800-555-0100").count == 4)
        #expect(try names("Aqua, Glycerin, Panthenol. Note: see box") == ["Aqua", "Glycerin", "Panthenol"])
    }

    /// TRESemmé closes its list with an allergen statement as one more item: `…, Linalool, Contains Milk Protein`.
    @Test func containsStatementAsTheLastItemIsNoIngredient() throws {
        #expect(try names("Hexyl Cinnamal, Hydroxycitronellal, Linalool, Contains Milk Protein").last == "Linalool")
        // Inside a bracket it describes the ingredient (Darlie toothpaste).
        #expect(
            try names("Sorbitol, Flavour (Contains Spearmint Essence & Peppermint Essence), Carageenan").count == 3)
    }

    /// A kit's second part starts its sentence with the product's name and a colon (an Ulta kit); a formula
    /// code and a spaced dash start Italian packs' lists (`2050519 10 - Aqua`).
    @Test func kitPartNameAndFormulaCodeBeforeTheFirstName() throws {
        #expect(
            try names(
                "Potassium Sorbate, Disodium EDTA, Fragrance (Parfum).\nDesign Essentials Natural Almond and Avocado Curl "
                    + "Enhancing Mousse: Aqua/Water/Eau, Decyl Glucoside, Polyquaternium-55")
                == [
                    "Potassium Sorbate", "Disodium EDTA", "Fragrance (Parfum)", "Aqua/Water/Eau", "Decyl Glucoside",
                    "Polyquaternium-55",
                ])
        #expect(
            try names("2050519 10 - Aqua, Glycerin, Parfum, Limonene") == ["Aqua", "Glycerin", "Parfum", "Limonene"])
    }

    /// A toothpaste's fluoride strength names its ion: `Sodium Fluoride (1450 ppm F)` is 0.145 % sodium fluoride.
    @Test func fluorideStrengthWithItsIon() throws {
        let tokens = try tokenizer.tokenize("Aqua, Hydrated Silica, Sodium Fluoride (1450 ppm F), Aroma").tokens
        #expect(tokens[2].text == "Sodium Fluoride")
        #expect(tokens[2].percent.map { abs($0 - 0.145) < 1e-9 } == true)
    }

    /// `May contain peanuts.` names food allergens: a traces statement that ends the list; a cosmetic's
    /// `May contain` names colours, which stay its may-contain ingredients.
    @Test func foodTracesStatementIsNoMayContainList() throws {
        #expect(
            try names("Ingredients: Wheat Flour, Sugar, Salt.\nMay contain milk and soy.") == [
                "Wheat Flour", "Sugar", "Salt",
            ])
        #expect(
            try names("Ingredients: Cocoa Butter, Sugar. May contain tree nuts, peanuts.") == ["Cocoa Butter", "Sugar"])
        let shade = try tokenizer.tokenize("Talc, Mica. May contain titanium dioxide, iron oxides").tokens
        #expect(shade.map(\.text) == ["Talc", "Mica", "titanium dioxide", "iron oxides"])
        #expect(shade.last?.section == .mayContain)
    }

    /// A sheet mask's layer or a kit part's name alone on its line above its list (`Upper Sheet`) is not an
    /// ingredient; a one-name line whose last word names an ingredient stays one.
    @Test func partNameAloneOnItsLine() throws {
        #expect(
            try names(
                "Ingredients:\nUpper Sheet\nWater, Glycerin, Adenosine\nLower Sheet\nWater, Butylene Glycol, Allantoin")
                == ["Water", "Glycerin", "Adenosine", "Water", "Butylene Glycol", "Allantoin"])
        #expect(
            try names("Ingredients:\nShea Butter\nCocoa Butter\nJojoba Oil") == [
                "Shea Butter", "Cocoa Butter", "Jojoba Oil",
            ])
    }

    /// How a material was graded, made or sourced is not its name: `Edetate Disodium USP`, `Jojoba Oil Cold
    /// Pressed`, `Olive-Derived Squalane`; nor is an amount printed without its unit after a name (a page's
    /// `Caprylyl Caprylate/Caprate 2,00`). Each is kept as an annotation.
    @Test func gradeProcessSourceAndBareAmountAreAnnotations() throws {
        let tokens = try tokenizer.tokenize(
            "Edetate Disodium USP, Jojoba Oil Cold Pressed, Olive-Derived Squalane, Caprylyl Caprylate/Caprate 2,00, "
                + "Polysorbate 20, Glycerin USP/NF"
        ).tokens
        #expect(
            tokens.map(\.text) == [
                "Edetate Disodium", "Jojoba Oil", "Squalane", "Caprylyl Caprylate/Caprate", "Polysorbate 20",
                "Glycerin",
            ])
        #expect(tokens[0].annotations.contains("usp"))
        #expect(tokens[2].annotations.contains("olive-derived"))
        #expect(tokens[3].annotations.contains("2,00"))
        #expect(tokens[3].percent == nil)
    }

    // MARK: - Text around a list: contacts, makers, sentences, kits

    /// A web address, an e-mail or a telephone number is the label's contact panel, never an ingredient: after
    /// the names it ends the list, alone it is no list (a Greek water label read by OCR, `eighth-suites.json`
    /// #27; a German spread's back label; a French shampoo's service line).
    @Test func contactLinesAreNotIngredients() throws {
        #expect(throws: TokenizerError.self) { try names("vikos.com\nwww.example.com\nTel: +30 210 1234567") }
        #expect(
            try names("Aqua, Glycerin, Parfum, Limonene\ninfo@bresso.de\nD PF 1627, 65006 Wiesbaden")
                == ["Aqua", "Glycerin", "Parfum", "Limonene"])
        #expect(
            try names("Aqua, Sodium Laureth Sulfate, Coco-Betaine, Parfum, 0800 123 4567, www.example.fr")
                == ["Aqua", "Sodium Laureth Sulfate", "Coco-Betaine", "Parfum"])
        // A name with a full stop in it is none of these.
        #expect(try names("Alcohol Denat., C.I. 77491, Red No. 40") == ["Alcohol Denat.", "C.I. 77491", "Red No. 40"])
    }

    /// A company's name with its legal form is the maker's line: it ends the list and is not the end of a name
    /// wrapped from the line above (`SQUALANE⏎CORPORATION`, `eighth-suites.json` #49; Too Faced's mascara back
    /// label, `Too Faced Cosmetics, LLC`; Korean and Japanese makers).
    @Test func makerLinesEndTheList() throws {
        #expect(try names("WATER, GLYCERIN, SQUALANE\nCORPORATION") == ["WATER", "GLYCERIN", "SQUALANE"])
        #expect(
            try names("Aqua, Glycerin, Black 2 (CI 77266)\nToo Faced Cosmetics, LLC\nIrvine, CA 92614 USA")
                == ["Aqua", "Glycerin", "Black 2 (CI 77266)"])
        #expect(
            try names("정제수, 글리세린, 나이아신아마이드\n(주)아모레퍼시픽 서울특별시 용산구")
                == ["정제수", "글리세린", "나이아신아마이드"])
        #expect(try names("水、グリセリン、BG\n株式会社資生堂 東京都中央区") == ["水", "グリセリン", "BG"])
        // Words that are also short legal forms stay names: silver's symbol, "as" in a food's vitamin.
        #expect(
            try names("Colloidal Silver (Ag), Vitamin C (as Ascorbic Acid), Water")
                == ["Colloidal Silver (Ag)", "Vitamin C (as Ascorbic Acid)", "Water"])
    }

    /// Directions printed after the list's full stop in a language whose function words are short (Croatian
    /// `i`, `na`; Czech `na`; Indonesian `pada`, `yang`): a sentence, not one more name (a Croatian pharmacy's
    /// La Roche-Posay page, `eighth-suites.json` #4).
    @Test func sentenceAfterTheListInOtherLanguages() throws {
        #expect(
            try names(
                "Effaclar Duo+M 40 ml. INCI: Aqua, Glycerin, Niacinamide, Zinc PCA, Salicylic Acid. Nanositi ujutro i "
                    + "navečer na očišćeno lice. EAN 3337875863377.")
                == ["Aqua", "Glycerin", "Niacinamide", "Zinc PCA", "Salicylic Acid"])
        #expect(
            try names("Aqua, Glycerin, Urea, Panthenol. Nanášejte na čistou pleť.")
                == ["Aqua", "Glycerin", "Urea", "Panthenol"])
        #expect(
            try names("Aqua, Glycerin, Niacinamide, Allantoin. Oleskan pada wajah yang bersih.")
                == ["Aqua", "Glycerin", "Niacinamide", "Allantoin"])
        // Capitals are names: sodium's symbol in `Na-PCA` is no preposition.
        #expect(try names("Aqua, Glycerin, Na-PCA, Urea") == ["Aqua", "Glycerin", "Na-PCA", "Urea"])
    }

    /// A kit pasted as one paragraph: the next part's name before its heading, after the previous list's full
    /// stop, belongs to the heading (`… Citric Acid. Moisturizer Ingredients: …`, a Sephora kit's text).
    @Test func kitPastedAsOneParagraph() throws {
        #expect(
            try names(
                "Cleanser Ingredients: Water, Sodium Laureth Sulfate, Glycerin, Citric Acid. Moisturizer Ingredients: "
                    + "Water, Glycerin, Dimethicone, Phenoxyethanol.")
                == [
                    "Water", "Sodium Laureth Sulfate", "Glycerin", "Citric Acid", "Water", "Glycerin", "Dimethicone",
                    "Phenoxyethanol",
                ])
    }

    /// Names separated by full stops: `Alcohol Denat.` ends its name there too (`seventh-suites.json` #85).
    @Test func denaturedAlcoholInAFullStopList() throws {
        #expect(
            try names("AQUA/WATER/EAU. GLYCERIN. ALCOHOL DENAT. CYCLOPENTASILOXANE.")
                == ["AQUA/WATER/EAU", "GLYCERIN", "ALCOHOL DENAT.", "CYCLOPENTASILOXANE"])
    }

    /// The pack's size with its words in a paragraph of its own after the names (a Spanish wholesaler's
    /// `Envase de 100 ml.`, `eighth-suites.json` #14; a German `Inhalt 200 ml`), and a batch number's heading
    /// glued to the last name in a script without spaces (Taiwan's `Silica批號 A2401`, `eighth-suites.json` #40;
    /// Korean `제조번호`), end the list; a quantity alone between a list's paragraphs does not.
    @Test func packSizeAndGluedBatchNumberAfterTheNames() throws {
        #expect(
            try names(
                "Ingredientes: Aqua (Water), Propylene Glycol, Glycerin (Glycerol), Hydroxyethylcellulose, ▶\n\n"
                    + "Envase de 100 ml.") == [
                    "Aqua (Water)", "Propylene Glycol", "Glycerin (Glycerol)", "Hydroxyethylcellulose",
                ])
        #expect(try names("Aqua, Glycerin, Parfum\n\nFlasche mit 200 ml Inhalt") == ["Aqua", "Glycerin", "Parfum"])
        #expect(
            try names("Water, Glycerin, Squalane\n\n50 ml\n\nTocopherol, Citric Acid")
                == ["Water", "Glycerin", "Squalane", "Tocopherol", "Citric Acid"])
        #expect(
            try names("使用前請充分搖勻。Ingredients:Dimethicone, Cyclopentasiloxane, Silica批號 A2401")
                == ["Dimethicone", "Cyclopentasiloxane", "Silica"])
        #expect(try names("정제수, 글리세린, Dimethicone제조번호 A2024") == ["정제수", "글리세린", "Dimethicone"])
    }
}
