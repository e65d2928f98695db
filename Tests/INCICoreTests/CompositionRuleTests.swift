import INCICore
import INCIDictionaryData
import Testing

/// The rules the shipped tables compose by, on names from the fourth held-out label sets' misses: each
/// rule reads a family of names, not the one name it was found on.
@Suite struct CompositionRuleTests {
    let composer = EmbeddedDictionary.shared.composer

    func name(_ printed: String) -> String? { composer.compose(printed)?.ingredient.name }

    @Test func aKatakanaStemBefore酸IsTheAcidItSpells() throws {
        // JCIA spells an acid's stem and writes 酸 for "-ic acid": no table line for any of these.
        let glycolic = try #require(composer.compose("グリコール酸"))
        #expect(glycolic.ingredient.name == "Glycolic Acid")
        #expect(glycolic.composition.parts.first?.rule == "katakana transliteration")
        #expect(name("マンデル酸") == "Mandelic Acid")
        #expect(name("ラクトビオン酸") == "Lactobionic Acid")
        // After a cation it is the salt; in a bracketed copolymer each acid is read on its own.
        #expect(name("グリコール酸Na") == "Sodium Glycolate")
        #expect(name("（乳酸／グリコール酸）コポリマー") == "Lactic Acid/Glycolic Acid Copolymer")
        // A stem that spells no registered acid is no acid.
        #expect(composer.compose("ナナナナ酸") == nil)
    }

    @Test func katakanaTheTableCutsIntoNoNameIsReadAsWords() {
        // カプロ · オイル are table pieces, but make no registered name; カプロオイル spells Caprooyl.
        #expect(name("カプロオイルテトラペプチド‐３") == "Caprooyl Tetrapeptide-3")
        // Two letters of one sound stay two (frutescens フルテスセンス); a final -ne may be ネ (bulbine ブルビネ).
        #expect(name("ブルビネフルテスセンス葉汁") == "Bulbine Frutescens Leaf Juice")
        // di written ジ (ferdinandiana フェルジナンジアナ).
        #expect(name("テルミナリアフェルジナンジアナ果実エキス")?.hasPrefix("Terminalia Ferdinandiana") == true)
    }

    @Test func jciaLeavesTheEtherOutOfMethylGlucoseEthers() {
        #expect(name("PPG-10メチルグルコース") == "PPG-10 Methyl Glucose Ether")
    }

    @Test func aChineseCarbonCountNamesTheFattyChain() {
        #expect(name("十六醇") == "Cetyl Alcohol")
        #expect(name("十八醇") == "Stearyl Alcohol")
        #expect(name("十六十八醇") == "Cetearyl Alcohol")
    }

    @Test func aChineseSulfonateIsItsAromaticParentAndTheAcid() {
        #expect(name("二甲苯磺酸钠") == "Sodium Xylenesulfonate")
        #expect(name("盐酸") == "Hydrochloric Acid")
        #expect(name("吡硫鎓锌") == "Zinc Pyrithione")
    }

    @Test func aGlossInBracketsAfterTheNameIsLeftOut() {
        #expect(name("吡硫翁锌（ZPT）") == "Zinc Pyrithione")
        #expect(name("生育酚（维生素E）") == "Tocopherol")
        // A carbon chain in brackets is part of the name, not a gloss.
        #expect(name("安息香酸アルキル(C12-15)") == "C12-15 Alkyl Benzoate")
    }

    @Test func koreanElementAndPolymerWordsAndLocants() {
        #expect(name("하이드로젠다이메티콘") == "Hydrogen Dimethicone")
        // KCIA's 에이코센 and the label's 에이코신.
        #expect(name("브이피/에이코신코폴리머") == "VP/Eicosene Copolymer")
        #expect(name("브이피/에이코센코폴리머") == "VP/Eicosene Copolymer")
        #expect(name("다이에틸헥실2,6-나프탈레이트") == "Diethylhexyl 2,6-Naphthalate")
        #expect(name("숯가루") == "Charcoal Powder")
        // Parts set apart by slashes each read in place.
        #expect(name("때죽나무가지/열매/잎추출물") == "Styrax Japonicus Branch/Fruit/Leaf Extract")
    }

    // Rules from the fifth and sixth Chinese and the fifth Japanese held-out sets, each checked on names those
    // sets do not print.

    @Test func everyChinesePartReadsInItsTraditionalCharacters() {
        // The folds cover every character the table's parts use, not only those seen on labels.
        #expect(name("角鯊烯") == "Squalene")
        #expect(name("雙丙甘醇") == "Dipropylene Glycol")
        #expect(name("鋰蒙脫石") == "Hectorite")
    }

    @Test func chineseSiliconeClayAndEsterAlcoholParts() {
        #expect(name("聚甲基倍半硅氧烷") == "Polymethylsilsesquioxane")
        #expect(name("辛基十二醇硬脂酸酯") == "Octyldodecyl Stearate")
        #expect(name("司拉氯铵膨润土") == "Stearalkonium Bentonite")
        #expect(name("硫酸钡") == "Barium Sulfate")
    }

    @Test func chineseSurfactantAcidsAndAmphoterics() {
        #expect(name("月桂酰羟乙磺酸酯钠") == "Sodium Lauroyl Isethionate")
        #expect(name("椰油酸钾") == "Potassium Cocoate")
        #expect(name("椰油酰两性基乙酸钠") == "Sodium Cocoamphoacetate")
        #expect(name("C12-14 烯烃磺酸钠") == "Sodium C12-14 Olefin Sulfonate")
        #expect(name("焦磷酸二钠") == "Disodium Pyrophosphate")
    }

    @Test func aQuatBeforeAnAcidIsTheQuatsSaltOfIt() {
        // 基三甲基氯化铵 is a quat's chloride (山嵛基三甲基氯化铵 Behentrimonium Chloride); before an acid the
        // chloride gives way to the acid's anion.
        #expect(name("羟丙基三甲基氯化铵透明质酸") == "Hydroxypropyltrimonium Hyaluronate")
        #expect(name("山嵛基三甲基氯化铵") == "Behentrimonium Chloride")
    }

    @Test func hiraganaOfTheKatakanasShapeReadsAsKatakana() {
        // へ/べ/ぺ look the same in both scripts; a label that prints the hiragana means the katakana word.
        #expect(name("ステアリン酸エチルへキシル") == "Ethylhexyl Stearate")
    }

    @Test func aChineseTriglycerideIsNamedFromItsAcidsStem() {
        // 甘油三 + an acid + 酯: Tri + the acid's stem + in, bracketed or not, for any acid of the table.
        #expect(name("甘油三(乙基己酸)酯") == "Triethylhexanoin")
        #expect(name("甘油三辛酸酯") == "Tricaprylin")
        #expect(name("甘油三硬脂酸酯") == "Tristearin")
        // The acid alone is still the acid.
        #expect(name("油酸") == "Oleic Acid")
    }

    @Test func chineseSeventhRoundRulesOnNamesTheSetDoesNotPrint() {
        #expect(name("咪唑烷基脲") == "Imidazolidinyl Urea")
        #expect(name("三丙甘醇") == "Tripropylene Glycol")
        #expect(name("肉桂醇") == "Cinnamyl Alcohol")
        #expect(name("C11-13 异链烷烃") == "C11-13 Isoparaffin")
        // Dimethyl with or without 基.
        #expect(name("山嵛酰胺丙基二甲胺") == "Behenamidopropyl Dimethylamine")
        #expect(name("氨丙基聚二甲硅氧烷") == "Aminopropyl Dimethicone")
        #expect(name("铵明矾") == "Ammonium Alum")
        #expect(name("泛醇基三乙酸酯") == "Panthenyl Triacetate")
        #expect(name("碳酸丁二醇酯") == "Butylene Carbonate")
        // A salt of two cations in either printed order; an ester alcohol as its alkyl.
        #expect(name("硅酸铝镁") == "Magnesium Aluminum Silicate")
        #expect(name("偏苯三酸三(乙基己醇)酯") == "Triethylhexyl Trimellitate")
        // Traditional forms of any part: 甜菜堿 is 甜菜碱.
        #expect(name("甜菜堿") == "Betaine")
    }

    @Test func japaneseQuasiDrugNames() {
        // The names medicated cosmetics (医薬部外品) print: grades, types, solutions and systematic acids.
        #expect(name("1,3-ブチレングリコール") == "Butylene Glycol")
        #expect(name("親油型モノステアリン酸グリセリル") == "Glyceryl Stearate")
        #expect(name("ジエチレントリアミン五酢酸五ナトリウム液") == "Pentasodium Pentetate")
        #expect(name("ポリエチレングリコール400") == "PEG-8")
        #expect(name("イミダゾリジニルウレア") == "Imidazolidinyl Urea")
        // Configuration and nitrogen locants INCI leaves out.
        #expect(name("N-ステアロイル-L-グルタミン酸ナトリウム") == "Sodium Stearoyl Glutamate")
        #expect(name("L-アルギニン") == "Arginine")
        #expect(name("L-抗坏血酸") == "Ascorbic Acid")
    }
}
