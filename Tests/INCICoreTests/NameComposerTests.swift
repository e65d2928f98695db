import Foundation
import INCICore
import Testing

/// The composer on a small dictionary written here: a few ingredients, a morpheme table and a short list
/// of registered names, so each rule (segmentation, spelling variants, order, ambiguity, implied parts,
/// validation) is seen on its own.
@Suite struct NameComposerTests {
    static let ingredients = """
        Sodium Laureth Sulfate
          role: surfactant

        Disodium EDTA
          role: chelating

        Sodium Hyaluronate
          role: humectant

        Hyaluronic Acid
          role: humectant

        Ethylhexyl Methoxycinnamate
          role: uv-filter

        Glycyrrhiza Glabra Root Extract
          role: skin-conditioning

        Titanium Dioxide
          role: colorant

        Water
          aka: Aqua
          role: solvent

        Ziziphus Jujuba Fruit Extract
          role: skin-conditioning

        Lactobacillus/Rice Ferment
          role: skin-conditioning
        """

    static let table = """
        # A test table.
        [spelling]
        다이 = 디
        틸 = 칠
        [part]
        소듐; 나트륨 = Sodium
        다이 = Di
        라우레스 = Laureth
        설페이트 = Sulfate
        이디티에이 = EDTA
        에틸 = Ethyl
        헥실 = Hexyl
        메톡시 = Methoxy
        신나메이트 = Cinnamate
        뿌리 = Root
        추출물 = Extract
        오일 = Oil
        수 = Water
        티타늄 = Titanium
        락토바실러스 = Lactobacillus
        발효물 = Ferment
        [anion]
        히알루론산 = Hyaluronic Acid | Hyaluronate
        이산화 = - | Dioxide
        [implied]
        Fruit
        Seed
        [plant]
        감초 = Glycyrrhiza Glabra @200; Glycyrrhiza Uralensis @10; Glycyrrhiza Inflata @2
        장미 = Rosa Damascena; Rosa Centifolia
        대추 = Ziziphus Jujuba
        우랄감초 = Glycyrrhiza Uralensis
        쌀 = Oryza Sativa; Rice
        """

    /// Registered names (as `names/cosing.txt` holds them), sorted by compact key.
    static let registered = """
        # test list
        GLYCYRRHIZA GLABRA ROOT EXTRACT
        GLYCYRRHIZA INFLATA ROOT EXTRACT
        GLYCYRRHIZA URALENSIS ROOT EXTRACT
        LACTOBACILLUS/ORYZA SATIVA FERMENT
        LACTOBACILLUS/RICE FERMENT
        ROSA CENTIFOLIA FLOWER WATER
        ROSA CENTIFOLIA OIL
        ROSA DAMASCENA OIL
        SODIUM LAURETH SULFATE
        ZIZIPHUS JUJUBA SEED OIL
        """

    static func dictionary(table: String = table, registered: String = registered, aliases: String = "")
        -> IngredientDictionary
    {
        var files = [
            DictionaryFile(path: "ingredients/test.txt", text: ingredients),
            DictionaryFile(path: "languages/ko.txt", text: table),
            DictionaryFile(path: "names/cosing.txt", text: registered),
        ]
        if !aliases.isEmpty { files.append(DictionaryFile(path: "aliases/ko.txt", text: aliases)) }
        return DictionaryLoader.load(files: files).dictionary
    }

    let composer = Self.dictionary().composer

    func composed(_ name: String) -> String? { composer.compose(name)?.ingredient.name }

    @Test func segmentsATransliterationAndReadsItInOrder() throws {
        let result = try #require(composer.compose("소듐라우레스설페이트"))
        #expect(result.ingredient.name == "Sodium Laureth Sulfate")
        #expect(result.composition.parts.map(\.printed) == ["소듐", "라우레스", "설페이트"])
        #expect(result.composition.parts.map(\.reads) == ["Sodium", "Laureth", "Sulfate"])
        #expect(result.composition.parts.allSatisfy { $0.rule?.hasPrefix("languages/ko.txt:") == true })
        #expect(!result.composition.isAmbiguous)
        #expect(result.composition.language == .korean)
        // Spacing and punctuation on the label do not matter.
        #expect(composed("소듐 라우레스 설페이트") == "Sodium Laureth Sulfate")
    }

    @Test func spellingRulesGiveTheOlderTransliterations() {
        #expect(composed("다이소듐이디티에이") == "Disodium EDTA")
        #expect(composed("디소듐이디티에이") == "Disodium EDTA")
        #expect(composed("에칠헥실메톡시신나메이트") == "Ethylhexyl Methoxycinnamate")
        #expect(composed("에틸헥실메톡시신나메이트") == "Ethylhexyl Methoxycinnamate")
    }

    @Test func anAcidBeforeItsCationIsReadLast() throws {
        let salt = try #require(composer.compose("히알루론산나트륨"))
        #expect(salt.ingredient.name == "Sodium Hyaluronate")
        #expect(salt.composition.parts.map(\.reads) == ["Sodium", "Hyaluronate"])
        #expect(salt.composition.parts.last?.movedLast == true)
        #expect(composed("히알루론산") == "Hyaluronic Acid")
        #expect(composed("이산화티타늄") == "Titanium Dioxide")
        // An anion with no acid form is nothing alone.
        #expect(composed("이산화") == nil)
    }

    @Test func aSpeciesIsChosenByWeightAndShownAsAmbiguous() throws {
        let result = try #require(composer.compose("감초뿌리추출물"))
        #expect(result.ingredient.name == "Glycyrrhiza Glabra Root Extract")
        #expect(result.composition.isAmbiguous)
        #expect(
            result.composition.alternatives == [
                "Glycyrrhiza Uralensis Root Extract", "Glycyrrhiza Inflata Root Extract",
            ])
        #expect(result.composition.share == 0.94)
        #expect(result.ingredient.file == "ingredients/test.txt")
    }

    @Test func aRegisteredNameTheDictionaryLacksIsARecognitionOnlyIngredient() throws {
        let dictionary = Self.dictionary()
        let result = try #require(dictionary.composer.compose("우랄감초뿌리추출물"))
        #expect(result.ingredient.name == "Glycyrrhiza Uralensis Root Extract")
        #expect(result.ingredient.sources == ["cosing"])
        #expect(result.ingredient.file == "names/cosing.txt")
        #expect(result.ingredient.line == 4)
        #expect(result.ingredient.id >= dictionary.ingredients.count)
        #expect(result.ingredient.roles.isEmpty)
    }

    @Test func equallyLikelyNamesGiveNoAnswerUnlessTheDictionaryHoldsOne() throws {
        // Rosa Damascena Oil and Rosa Centifolia Oil are both registered; nothing says which is meant.
        #expect(composed("장미오일") == nil)
        // Oryza Sativa and Rice are both registered in the ferment; the dictionary holds the Rice one.
        let ferment = try #require(composer.compose("락토바실러스쌀발효물"))
        #expect(ferment.ingredient.name == "Lactobacillus/Rice Ferment")
        #expect(ferment.composition.alternatives == ["Lactobacillus/Oryza Sativa Ferment"])
    }

    @Test func aPartTheNameImpliesIsAddedOnlyWhenNeeded() throws {
        let fruit = try #require(composer.compose("대추추출물"))
        #expect(fruit.ingredient.name == "Ziziphus Jujuba Fruit Extract")
        #expect(fruit.composition.parts.map(\.printed) == ["대추", "", "추출물"])
        #expect(fruit.composition.summary.contains("(implied) → Fruit"))
        // Printed parts are read as printed: the seed oil is the seed oil.
        #expect(composed("대추씨오일") == nil)  // 씨 is not in this table
        // Rosa Centifolia Flower Water is registered, but Flower is not an implied part of this table.
        #expect(composed("장미수") == nil)
    }

    @Test func onlyRegisteredNamesAreAccepted() {
        // Every piece is known, but no registered name reads so.
        #expect(composed("설페이트라우레스소듐") == nil)
        #expect(composed("소듐메톡시") == nil)
        // A piece no table knows.
        #expect(composed("소듐라우레스설페이트X글") == nil)
        // Latin-script names are never composed.
        #expect(composed("Sodium Laureth Sulfate") == nil)
    }

    @Test func hostileInputIsBounded() {
        #expect(composed(String(repeating: "소듐", count: 500)) == nil)
        #expect(composed(String(repeating: "다이", count: 50) + "소듐") == nil)
        #expect(composed("") == nil)
        #expect(composed("\u{0}\u{FFFF}") == nil)
    }

    @Test func theMatcherTriesCompositionAfterEveryListedName() throws {
        // A listed alias wins even where the composer would read something else.
        let dictionary = Self.dictionary(aliases: "소듐라우레스설페이트 = Disodium EDTA\n")
        let matcher = Matcher(dictionary: dictionary)
        let listed = matcher.resolve("소듐라우레스설페이트")
        #expect(listed.ingredient?.name == "Disodium EDTA")
        #expect(listed.composition == nil)
        let composed = matcher.resolve("에틸헥실메톡시신나메이트")
        #expect(composed.match == .alias)
        #expect(composed.ingredient?.name == "Ethylhexyl Methoxycinnamate")
        #expect(composed.confidence == 1)
        #expect(composed.composition?.parts.count == 4)
        // A parenthesised translation is composed when the whole is not.
        #expect(matcher.resolve("에틸헥실메톡시신나메이트(자외선차단)").ingredient?.name == "Ethylhexyl Methoxycinnamate")
        // An ambiguous choice is as sure as its share.
        #expect(matcher.resolve("감초뿌리추출물").confidence == 0.94)
    }

    @Test func tablesAndTheNamesListAreLinted() {
        func diagnostics(_ table: String, registered: String = Self.registered) -> [String] {
            DictionaryLoader.load(files: [
                DictionaryFile(path: "languages/ko.txt", text: table),
                DictionaryFile(path: "names/cosing.txt", text: registered),
            ]).diagnostics.map(\.description)
        }
        #expect(diagnostics(Self.table).isEmpty)
        #expect(
            diagnostics("[parts]\n") == [
                "languages/ko.txt:1: error: unknown section '[parts]' (expected [spelling], [characters], [implied], [glyceride], [part], [plant], [cation], [anion])"
            ])
        #expect(
            diagnostics("소듐 Sodium\n") == [
                "languages/ko.txt:1: error: expected 'SURFACE; SURFACE = Reading; Reading', found '소듐 Sodium'"
            ])
        #expect(diagnostics("[anion]\n산 = Acid\n").first?.contains("an anion reads 'Acid Form | Salt Form'") == true)
        #expect(diagnostics("[glyceride]\n甘油三 = Tri 1\n").first?.contains("a glyceride line reads") == true)
        #expect(
            diagnostics("소듐 = Sodium\n소듐 = Natrium\n") == [
                "languages/ko.txt:2: error: '소듐' is already a part at line 1; give one line all its readings"
            ])
        #expect(diagnostics("소듐 = 나트륨\n").first?.contains("must be an INCI name part in Latin letters") == true)
        #expect(diagnostics("감초 = Glycyrrhiza Glabra @many\n").first?.contains("is not a number") == true)
        #expect(diagnostics("[spelling]\n다이 = 다이\n").first?.contains("two different spellings") == true)
        #expect(
            diagnostics("", registered: "WATER\nAQUA\n") == [
                "names/cosing.txt:2: error: not after the line before it in compact-key order (regenerate with scripts/cosing-names.py)"
            ])
        let other = DictionaryLoader.load(files: [DictionaryFile(path: "languages/xx.txt", text: "")]).diagnostics.map(
            \.description)
        #expect(other == ["languages/xx.txt:1: error: not a language table: expected languages/{ko,ja,zh}.txt"])
    }
}

/// The rules of Japanese and Chinese names, each on a small table written here: cations read first, groups
/// set apart by brackets and slashes, carbon chains before their word, a Latin binomial in place of the
/// plant's name, traditional characters read as simplified.
@Suite struct JapaneseAndChineseCompositionTests {
    static let japanese = """
        [part]
        メチル = Methyl
        エチルヘキシル = Ethylhexyl
        メトキシ = Methoxy
        アルキル = Alkyl
        メチコン = Methicone
        クロスポリマー = Crosspolymer
        コポリマー = Copolymer
        アクリロイルジメチル = Acryloyldimethyl
        ジ = Di
        ネオペンチルグリコール = Neopentyl Glycol
        エキス = Extract
        果実 = Fruit
        加水分解 = Hydrolyzed
        グリセリル = Glyceryl
        油 = Oil
        [cation]
        Na = Sodium
        2Na = Disodium
        [anion]
        ヒアルロン酸 = Hyaluronic Acid | Hyaluronate
        ステアリン酸 = Stearic Acid | Stearate
        クエン酸 = Citric Acid | Citrate
        ケイヒ酸 = Cinnamic Acid | Cinnamate
        カプリン酸 = Capric Acid | Caprate
        安息香酸 = Benzoic Acid | Benzoate
        メタクリル酸 = Methacrylic Acid | Methacrylate
        アクリル酸 = Acrylic Acid | Acrylate
        タウリン = Taurine | Taurate
        [plant]
        ウメ = Prunus Mume
        マカデミアナッツ = Macadamia Ternifolia Seed @63; Macadamia Integrifolia Seed @13
        """

    static let chinese = """
        [characters]
        鈉 = 钠
        質 = 质
        醯 = 酰
        [spelling]
        氨酸 = 胺酸
        [part]
        提取物 = Extract
        萃取物 = Extract
        果 = Fruit
        乙基己 = Ethylhex
        酯 = -; yl
        交联聚合物 = Crosspolymer
        山梨醇 = Sorbitol
        香精 = Fragrance
        月桂酰 = Lauroyl
        赖氨酸 = Lysine
        [cation]
        钠 = Sodium
        二钠 = Disodium
        [anion]
        透明质酸 = Hyaluronic Acid | Hyaluronate
        棕榈酸 = Palmitic Acid | Palmitate
        """

    static let registered = """
        C12-15 ALKYL BENZOATE
        C30-45 ALKYL METHICONE
        CITRUS JUNOS FRUIT EXTRACT
        DISODIUM EDTA
        ETHYLHEXYL METHOXYCINNAMATE
        ETHYLHEXYL PALMITATE
        FRAGRANCE
        GLYCERYL STEARATE CITRATE
        HYALURONIC ACID
        HYDROLYZED SODIUM HYALURONATE
        LAUROYL LYSINE
        MACADAMIA INTEGRIFOLIA SEED OIL
        MACADAMIA TERNIFOLIA SEED OIL
        METHYL METHACRYLATE CROSSPOLYMER
        NEOPENTYL GLYCOL DICAPRATE
        PRUNUS MUME FRUIT EXTRACT
        SODIUM ACRYLATE/SODIUM ACRYLOYLDIMETHYL TAURATE COPOLYMER
        SODIUM HYALURONATE
        SODIUM HYALURONATE CROSSPOLYMER
        SORBITOL
        """

    static func composer(_ table: String, language: String, registered: String = registered) -> NameComposer {
        DictionaryLoader.load(files: [
            DictionaryFile(path: "languages/\(language).txt", text: table),
            DictionaryFile(path: "names/cosing.txt", text: registered),
        ]).dictionary.composer
    }

    let ja = Self.composer(Self.japanese, language: "ja")
    let zh = Self.composer(Self.chinese, language: "zh")

    @Test func saltsAndEstersAreReadInINCIOrder() {
        #expect(ja.compose("ヒアルロン酸Na")?.ingredient.name == "Sodium Hyaluronate")
        #expect(ja.compose("ヒアルロン酸")?.ingredient.name == "Hyaluronic Acid")
        #expect(ja.compose("メトキシケイヒ酸エチルヘキシル")?.ingredient.name == "Ethylhexyl Methoxycinnamate")
        #expect(ja.compose("ジカプリン酸ネオペンチルグリコール")?.ingredient.name == "Neopentyl Glycol Dicaprate")
        // A polymer word stays last after the ester it is made of.
        #expect(ja.compose("メタクリル酸メチルクロスポリマー")?.ingredient.name == "Methyl Methacrylate Crosspolymer")
        #expect(zh.compose("透明质酸钠")?.ingredient.name == "Sodium Hyaluronate")
        #expect(zh.compose("棕榈酸乙基己酯")?.ingredient.name == "Ethylhexyl Palmitate")
    }

    @Test func bracketsAndSlashesSetGroupsApart() throws {
        let copolymer = try #require(ja.compose("(アクリル酸Na/アクリロイルジメチルタウリンNa)コポリマー"))
        #expect(copolymer.ingredient.name == "Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer")
        // Full-width brackets and slashes are the same.
        #expect(
            ja.compose("（アクリル酸Ｎａ／アクリロイルジメチルタウリンＮａ）コポリマー")?.ingredient.name
                == "Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer")
    }

    @Test func aCarbonChainGoesBeforeItsWord() {
        #expect(ja.compose("安息香酸アルキル(C12-15)")?.ingredient.name == "C12-15 Alkyl Benzoate")
        #expect(ja.compose("アルキル(C30-45)メチコン")?.ingredient.name == "C30-45 Alkyl Methicone")
    }

    @Test func aLatinBinomialInBracketsStandsForThePlant() {
        // 香橙 is not in the table; the binomial the label gives is read instead.
        #expect(zh.compose("香橙（CITRUS JUNOS）果提取物")?.ingredient.name == "Citrus Junos Fruit Extract")
        #expect(ja.compose("ウメ果実エキス")?.ingredient.name == "Prunus Mume Fruit Extract")
    }

    @Test func traditionalCharactersAreReadAsSimplified() {
        #expect(zh.compose("透明質酸鈉")?.ingredient.name == "Sodium Hyaluronate")
    }

    @Test func aCationGoesFirstEvenWithoutAnAcid() {
        // EDTA 二钠: the Latin letters read as themselves, the cation moves first.
        #expect(zh.compose("EDTA 二钠")?.ingredient.name == "Disodium EDTA")
        #expect(zh.compose("二钠EDTA")?.ingredient.name == "Disodium EDTA")
    }

    @Test func aModifierBeforeTheAcidStaysFirst() {
        // 加水分解 is printed before the acid and stays before the cation: not "Sodium Hydrolyzed Hyaluronate".
        #expect(ja.compose("加水分解ヒアルロン酸Na")?.ingredient.name == "Hydrolyzed Sodium Hyaluronate")
    }

    @Test func anEsterOfTwoAcidsNamesTheFirstLast() {
        #expect(ja.compose("クエン酸ステアリン酸グリセリル")?.ingredient.name == "Glyceryl Stearate Citrate")
    }

    @Test func aSaltIsNamedWholeBeforeTheWordsAfterIt() {
        #expect(zh.compose("透明质酸钠交联聚合物")?.ingredient.name == "Sodium Hyaluronate Crosspolymer")
    }

    @Test func optionalCharactersInBracketsAreReadWithAndWithout() {
        // IECIC's 山梨(糖)醇 is 山梨醇 or 山梨糖醇; (日用)香精 is 香精.
        #expect(zh.compose("山梨(糖)醇")?.ingredient.name == "Sorbitol")
        #expect(zh.compose("(日用)香精")?.ingredient.name == "Fragrance")
        // A Latin bracket is never optional: the binomial stands for the plant.
        #expect(zh.compose("香橙（CITRUS JUNOS）果提取物")?.ingredient.name == "Citrus Junos Fruit Extract")
    }

    @Test func taiwanSpellingsAndCharactersAreReadAsTheMainlandOnes() {
        // Taiwan prints 胺酸 for the mainland's 氨酸 ([spelling]) and traditional characters ([characters]).
        #expect(zh.compose("月桂酰赖胺酸")?.ingredient.name == "Lauroyl Lysine")
        #expect(zh.compose("月桂醯赖胺酸")?.ingredient.name == "Lauroyl Lysine")
        #expect(zh.compose("透明質酸鈉交联聚合物")?.ingredient.name == "Sodium Hyaluronate Crosspolymer")
    }

    @Test func severalSpeciesAreShownAsAmbiguous() throws {
        // マカデミアナッツ is either macadamia; the one more often on real labels is taken and the other listed.
        let result = try #require(ja.compose("マカデミアナッツ油"))
        #expect(result.ingredient.name == "Macadamia Ternifolia Seed Oil")
        #expect(result.composition.alternatives == ["Macadamia Integrifolia Seed Oil"])
        #expect(result.composition.isAmbiguous)
        #expect(result.composition.share < 1)
    }
}

/// The rules read from the misses of the unseen label sets, each on a small table written here: acids as
/// adjectives, grade words, parts after a printed binomial, a part the plant's name already names, and
/// katakana read as the registered word it spells.
@Suite struct CompositionRulesTests {
    static let japanese = """
        [part]
        精製 = -
        水 = Water
        エキス = Extract
        トリ = Tri
        グリセリル = Glyceryl
        グリセリズ = Glycerides
        カプリル = Caprylic
        [anion]
        カプリン酸 = Capric Acid | Caprate
        カプリル酸 = Caprylic Acid | Caprylate
        """

    static let chinese = """
        [part]
        提取物 = Extract
        油 = Oil
        根 = Root
        根部 = Root
        甘油三酯 = Triglyceride
        [anion]
        辛酸 = Caprylic Acid | Caprylate
        癸酸 = Capric Acid | Caprate
        琥珀酸 = Succinic Acid | Succinate
        [implied]
        Seed
        Root
        [plant]
        葛根 = Pueraria Lobata Root
        """

    static let registered = """
        BAMBUSA VULGARIS EXTRACT
        CAPRYLIC/CAPRIC GLYCERIDES
        CAPRYLIC/CAPRIC/SUCCINIC TRIGLYCERIDE
        CAPRYLIC/CAPRIC TRIGLYCERIDE
        DIOSCOREA OPPOSITA ROOT EXTRACT
        PUERARIA LOBATA ROOT EXTRACT
        SESAMUM INDICUM SEED OIL
        WATER
        ZEOLITE
        """

    let ja = JapaneseAndChineseCompositionTests.composer(japanese, language: "ja", registered: registered)
    let zh = JapaneseAndChineseCompositionTests.composer(chinese, language: "zh", registered: registered)

    @Test func acidsAreReadAsAdjectivesBeforeAnotherWord() {
        // No part line for 琥珀酸 or カプリン酸: every acid of a table also reads as its adjective.
        #expect(zh.compose("辛酸/癸酸/琥珀酸甘油三酯")?.ingredient.name == "Caprylic/Capric/Succinic Triglyceride")
        #expect(ja.compose("（カプリル/カプリン酸）グリセリズ")?.ingredient.name == "Caprylic/Capric Glycerides")
        #expect(zh.compose("辛酸/癸酸甘油三酯")?.ingredient.name == "Caprylic/Capric Triglyceride")
    }

    @Test func aGradeWordPrintsNoINCIWord() {
        #expect(ja.compose("精製水")?.ingredient.name == "Water")
    }

    @Test func afterAPrintedBinomialOnlyAnOilImpliesAPart() {
        // Pressed from the seed: INCI names the part the label leaves out.
        #expect(zh.compose("芝麻(SESAMUM INDICUM)油")?.ingredient.name == "Sesamum Indicum Seed Oil")
        // An extract may be of the whole plant: no root is implied, and the whole-plant name is not registered.
        #expect(zh.compose("山药(DIOSCOREA OPPOSITA)提取物") == nil)
    }

    @Test func aHerbalDrugsNameKeepsItsPartAndIsNotNamedTwice() {
        // 葛根 is kudzu root: the binomial replaces the name but the root it names is kept,
        #expect(zh.compose("葛根(PUERARIA LOBATA)提取物")?.ingredient.name == "Pueraria Lobata Root Extract")
        // and a root printed again after it is the same root.
        #expect(zh.compose("葛根根部提取物")?.ingredient.name == "Pueraria Lobata Root Extract")
    }

    @Test func katakanaTheTableLacksIsReadAsTheWordItSpells() throws {
        let zeolite = try #require(ja.compose("ゼオライト"))
        #expect(zeolite.ingredient.name == "Zeolite")
        #expect(zeolite.composition.parts.first?.rule == "katakana transliteration")
        #expect(ja.compose("バンブサウルガリスエキス")?.ingredient.name == "Bambusa Vulgaris Extract")
        // Only registered names: the word alone is no ingredient.
        #expect(ja.compose("バンブサ") == nil)
        // A name the table reads is never transliterated.
        #expect(ja.compose("精製水")?.composition.parts.allSatisfy { $0.rule != "katakana transliteration" } == true)
    }
}
