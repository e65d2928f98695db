import INCICore
import INCIDictionaryData
import Testing

/// How Korean, Japanese and Chinese labels are printed: their headings (전성분, 全成分, 成分, 配合成分, 成份, in
/// brackets or with a full-width colon) and separators (`,` `、` `，` `・`), read end to end into INCI names.
@Suite struct AsianLabelFormTests {
    let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)

    func names(_ text: String) throws -> [String] {
        try analyzer.analyze(text).ingredients.map(\.name)
    }

    @Test(arguments: [
        "全成分：水、BG、グリセリン、ヒアルロン酸Na",
        "成分:水、BG、グリセリン、ヒアルロン酸Na",
        "【全成分】水・BG・グリセリン・ヒアルロン酸Na",
        "＜配合成分＞水、BG、グリセリン、ヒアルロン酸Ｎａ",
        "全成分\n水、ＢＧ、グリセリン、ヒアルロン酸Ｎａ",
        // A heading without its colon, the list on its line (Han and kana have no capitals to tell a name).
        "全成分 水、BG、グリセリン、ヒアルロン酸Na",
        "成分 水、 BG、 グリセリン、 ヒアルロン酸Na",
        // ASCII commas, as some Japanese shops print them.
        "全成分：水,BG,グリセリン,ヒアルロン酸Na",
        // The heading with its word for "labelling" (the legal term 全成分表示), as shops print it.
        "全成分表示：水、BG、グリセリン、ヒアルロン酸Na",
        "【全成分表示】水、BG、グリセリン、ヒアルロン酸Na",
        "成分表示：水、BG、グリセリン、ヒアルロン酸Na",
        // A note after the list behind the reference mark `※` (as Rakuten shops print "※パッケージ変更あり").
        "【全成分】 水、BG、グリセリン、ヒアルロン酸Na ※パッケージ変更あり",
    ])
    func japaneseHeadingsAndSeparators(text: String) throws {
        #expect(try names(text) == ["Water", "Butylene Glycol", "Glycerin", "Sodium Hyaluronate"])
    }

    @Test(arguments: [
        "成分：水，甘油，丁二醇，透明质酸钠",
        "全成分：水、甘油、丁二醇、透明质酸钠",
        "成份：水、甘油、丁二醇、透明質酸鈉",
        "《成分》水，甘油，丁二醇，透明质酸钠",
        "成分 水、甘油、丁二醇、透明质酸钠",
        "成分：水；甘油；丁二醇；透明质酸钠",
        // Shop pages head the list "product ingredients", with a space after the full-width colon.
        "产品成分： 水、甘油、丁二醇、透明质酸钠",
        "產品成分：水、甘油、丁二醇、透明質酸鈉",
    ])
    func chineseHeadingsAndSeparators(text: String) throws {
        #expect(try names(text) == ["Water", "Glycerin", "Butylene Glycol", "Sodium Hyaluronate"])
    }

    @Test(arguments: [
        "전성분: 정제수, 글리세린, 히알루론산나트륨",
        "[전성분] 정제수, 글리세린, 히알루론산나트륨",
        "성분：정제수，글리세린，히알루론산나트륨",
        "전성분 정제수, 글리세린, 히알루론산나트륨",
        // With its word for "labelling", as a Korean soap store prints it ("전성분 표기 : 정제수, …").
        "전성분 표기 : 정제수, 글리세린, 히알루론산나트륨",
        "전성분표기: 정제수, 글리세린, 히알루론산나트륨",
    ])
    func koreanHeadingsAndSeparators(text: String) throws {
        #expect(try names(text) == ["Water", "Glycerin", "Sodium Hyaluronate"])
    }

    @Test func aQuasiDrugListPrintsItsActiveIngredientsApart() throws {
        // 医薬部外品: 有効成分 (the actives), then その他の成分 (the rest), on one line or two.
        for text in [
            "有効成分：グリチルリチン酸2K　その他の成分：精製水、濃グリセリン、BG",
            "有効成分：グリチルリチン酸2K\nその他の成分：精製水、濃グリセリン、BG",
        ] {
            #expect(
                try names(text) == ["Dipotassium Glycyrrhizate", "Water", "Glycerin", "Butylene Glycol"],
                "\(text)")
        }
    }

    @Test func composedNamesKeepTheirPrintedText() throws {
        let list = try analyzer.analyze("全成分：水、メトキシケイヒ酸エチルヘキシル、酸化チタン")
        #expect(list.ingredients.map(\.token.text) == ["水", "メトキシケイヒ酸エチルヘキシル", "酸化チタン"])
        #expect(list.ingredients.map(\.match) == [.alias, .alias, .alias])
        #expect(list.ingredients[1].composition?.parts.map(\.reads).joined() == "EthylHexylMethoxyCinnamate")
        #expect(list.ingredients[2].composition?.parts.last?.movedLast == true)
    }

    @Test func aHeadingWordInsideProseIsNoHeading() throws {
        // 成分 in a sentence before the list is not the heading; the heading with its colon is.
        let list = try analyzer.analyze("この成分 は肌にやさしい。\n全成分：水、グリセリン")
        #expect(list.ingredients.map(\.name) == ["Water", "Glycerin"])
    }

    @Test func aFullWidthSlashSeparatesAJapaneseListButNotTheNamesItJoins() throws {
        // An EC-CUBE shop's list: ／ between names, and inside them between one plant's parts and between
        // bracketed groups; a stray space beside a slash, a trailing slash.
        let list = try analyzer.analyze(
            "全成分：水／BG／ゼニアオイ花／葉／茎エキス＊／ツボクサ花／ 葉／茎エキス／トリ（カプリル酸／カプリン酸）グリセリル"
                + "／（アスペルギルス／サッカロミセス）／（マグワ果実／コメ）発酵粕エキス／ヒアルロン酸Na／")
        #expect(
            list.ingredients.map(\.token.text) == [
                "水", "BG", "ゼニアオイ花/葉/茎エキス", "ツボクサ花/葉/茎エキス", "トリ(カプリル酸/カプリン酸)グリセリル",
                "(アスペルギルス/サッカロミセス)/(マグワ果実/コメ)発酵粕エキス", "ヒアルロン酸Na",
            ])
        #expect(list.ingredients[2].name == "Malva Sylvestris (Mallow) Flower/Leaf/Stem Extract")
        // A Latin name group and a Latin list keep their slashes.
        #expect(try names("Ingredients: Aqua/Water/Eau, Glycerin") == ["Water", "Glycerin"])
    }

    @Test func aColourNumberIsReadInTheListsLanguage() throws {
        // 黄 5 on a Chinese label is the US Yellow 5 (tartrazine, CI 19140); JCIA's 黄5 on a Japanese one is
        // Japan's 黄色5号 (Sunset Yellow FCF, CI 15985). The rest of the list's script decides.
        #expect(try names("成分：水、甘油、黄 5、红 40") == ["Water", "Glycerin", "CI 19140", "CI 16035"])
        #expect(try names("成份：水、甘油、黃 5、紅 40") == ["Water", "Glycerin", "CI 19140", "CI 16035"])
        #expect(try names("全成分：水、グリセリン、黄5、赤226") == ["Water", "Glycerin", "CI 15985", "CI 73360"])
        #expect(Language.ofList(["水", "グリセリン"]) == .japanese)
        #expect(Language.ofList(["水", "甘油"]) == .chinese)
        #expect(Language.ofList(["정제수", "글리세린"]) == .korean)
        #expect(Language.ofList(["Water"]) == nil)
    }

    @Test func quasiDrugNamesSpellTheirCationsAndCoconutAcidOut() throws {
        // 医薬部外品 names: the cation in full (二カリウム, トリエタノールアミン), coconut fatty acid's acyl and
        // amides, a solution's 液, the configuration and the middle dot INCI leaves out, polysorbates by their
        // ethylene-oxide count.
        #expect(
            try names(
                "有効成分：グリチルリチン酸二カリウム　その他の成分：N-ヤシ油脂肪酸アシル-L-グルタミン酸トリエタノールアミン、"
                    + "ヤシ油脂肪酸アミドプロピルベタイン液、ラウリン酸ジエタノールアミド、DL-PCA・Na液、"
                    + "モノオレイン酸ポリオキシエチレンソルビタン（20E.O.）")
                == [
                    "Dipotassium Glycyrrhizate", "TEA-Cocoyl Glutamate", "Cocamidopropyl Betaine", "Lauramide DEA",
                    "Sodium PCA", "Polysorbate 80",
                ])
        // Chelating agents by their quasi-drug chemical names; squalane from sugar cane.
        #expect(
            try names("その他の成分：精製水、ヒドロキシエタンジホスホン酸四ナトリウム液、エデト酸二ナトリウム、シュガースクワラン")
                == ["Water", "Tetrasodium Etidronate", "Disodium EDTA", "Squalane"])
        // A polyoxyethylene name without its count names no single ingredient.
        #expect(try analyzer.analyze("全成分：水、ポリオキシエチレンソルビットミツロウ").ingredients.last?.match == .unknown)
    }

    @Test func aShortenedKoreanListEndsWithTheWordForEtcetera() throws {
        #expect(try names("정제수, 글리세린, 페녹시에탄올 등") == ["Water", "Glycerin", "Phenoxyethanol"])
        #expect(try names("전성분: 정제수, 히알루론산, 판테놀 외") == ["Water", "Hyaluronic Acid", "Panthenol"])
    }

    @Test func kciaNamesFixTheSpeciesOfSomeCommonNames() throws {
        // 서양장미 is KCIA's Rosa centifolia and 박하 Mentha arvensis, whatever other species are more often on
        // labels; 페퍼민트 (서양박하) is Mentha piperita.
        #expect(
            try names("정제수, 서양장미꽃수, 박하잎추출물, 페퍼민트잎추출물")
                == [
                    "Water", "Rosa Centifolia Flower Water", "Mentha Arvensis Leaf Extract",
                    "Mentha Piperita (Peppermint) Leaf Extract",
                ])
    }

    @Test func amphotericSurfactantsJuicesAndPluralsAreComposed() throws {
        // JCIA's アンホ surfactants as their salts, a citrus juice without Fruit, a plural written without its s.
        #expect(
            try names("全成分：水、ココアンホ酢酸Na、ココアンホジ酢酸2Na、ライム果汁、フラーレン")
                == [
                    "Water", "Sodium Cocoamphoacetate", "Disodium Cocoamphodiacetate",
                    "Citrus Aurantifolia (Lime) Juice", "Fullerenes",
                ])
    }

    @Test func chineseSubstituentsAndColloidsAreComposed() throws {
        // IECIC drops 基 inside a name (二乙氨 Diethylamino); 胶态 is Colloidal; simplified or traditional.
        #expect(
            try names("成分：水、二乙氨羟苯甲酰基苯甲酸己酯、二乙氨羥苯甲酰基苯甲酸己酯、胶态银、叶酸")
                == [
                    "Water", "Diethylamino Hydroxybenzoyl Hexyl Benzoate", "Diethylamino Hydroxybenzoyl Hexyl Benzoate",
                    "Colloidal Silver", "Folic Acid",
                ])
    }

    @Test func aSaltsCationsPrintedInAGroupOfTheirOwnGoFirst() throws {
        // The cations after a bracketed carbon chain or in brackets of their own: INCI names them first.
        #expect(
            try names("全成分：水、オレフィン(C14-16)スルホン酸Na、ケイ酸(Al/Mg)")
                == ["Water", "Sodium C14-16 Olefin Sulfonate", "Magnesium Aluminum Silicate"])
    }

    @Test func olderJapaneseNamesAndWaxesAreComposed() throws {
        // JCIA's older whole alkyl before trimonium, octanoate as the renamed ethylhexanoate, ロウ as INCI's Cera;
        // a protein by the crop's common name; gallic acid's esters.
        #expect(
            try names("全成分：水、ステアリルトリモニウムブロミド、テトラオクタン酸ペンタエリスリチル、キャンデリラロウ、加水分解エンドウタンパク、没食子酸プロピル")
                == [
                    "Water", "Steartrimonium Bromide", "Pentaerythrityl Tetraethylhexanoate", "Euphorbia Cerifera Cera",
                    "Hydrolyzed Pea Protein", "Propyl Gallate",
                ])
    }

    @Test func chineseHairDyePartsAreComposed() throws {
        // Ring locants 对/间, the dye precursors' parts, an ethoxylated butanol, palmitic acid's amide (not palm
        // oil's), an iron oxide named by its colour in traditional characters.
        #expect(
            try names("成分：水、对苯二胺、间氨基苯酚、2,6-二氨基吡啶、苯基甲基吡唑啉酮、PPG-26-丁醇聚醚-26、棕榈酰胺丙基三甲基氯化铵、紅色氧化鐵")
                == [
                    "Water", "p-Phenylenediamine", "m-Aminophenol", "2,6-Diaminopyridine", "Phenyl Methyl Pyrazolone",
                    "PPG-26-Buteth-26", "Palmitamidopropyltrimonium Chloride", "CI 77491",
                ])
    }

    @Test func aKoreanColoursLakeIsTheColour() throws {
        // 레이크 adds nothing to a legal colour's Colour Index number; KCIA's amides, castor derivatives, PG.
        #expect(
            try names(
                "전성분: 정제수, 황색5호 레이크, 청색1호 레이크, 다이부틸라우로일글루타마이드, 하이드로제네이티드캐스터오일다이머다이리놀레에이트, 소듐코코피지-다이모늄클로라이드포스페이트, 아이소프로필호호베이트"
            )
                == [
                    "Water", "CI 15985", "CI 42090", "Dibutyl Lauroyl Glutamide",
                    "Hydrogenated Castor Oil Dimer Dilinoleate",
                    "Sodium Coco PG-Dimonium Chloride Phosphate", "Isopropyl Jojobate",
                ])
    }

    @Test func aColoursNumberedVariantInBracketsIsPartOfItsName() throws {
        // 적색104호의(1) is Red No. 104 (1): the bracketed number belongs to the colour, before or after 레이크.
        #expect(
            try names("전성분: 정제수, 적색104호의(1) 레이크, 적색104호의(1), 황색4호 레이크")
                == ["Water", "CI 45410", "CI 45410", "CI 19140"])
        #expect(try names("成分：ワセリン、赤104(1)、赤104の(1)、黄4") == ["Petrolatum", "CI 45410", "CI 45410", "CI 19140"])
    }

    @Test func aPlantWhosePartTheLabelLeavesOutIsNamedWithItsPartUnknown() throws {
        // 딜 is dill (Anethum graveolens); CosIng registers its herb and its seed extract, and no label data
        // tells which a Korean label means: the plant is said, the part is not guessed.
        let list = try analyzer.analyze("전성분: 정제수, 딜추출물, 병풀추출물")
        let dill = list.ingredients[1]
        #expect(dill.match == .unknown)
        #expect(dill.ingredient == nil)
        let composition = try #require(dill.composition)
        #expect(composition.isPartUnknown)
        #expect(composition.name == "Anethum Graveolens (part unknown) Extract")
        #expect(dill.suggestions == ["Anethum Graveolens Herb Extract", "Anethum Graveolens Seed Extract"])
        #expect(composition.summary.contains("(implied) → (part unknown)"))
        // A plant whose extract is registered without a part is read as printed.
        #expect(list.ingredients[2].match == .alias)
        #expect(list.ingredients[2].name.hasPrefix("Centella Asiatica"))
    }

    @Test func jciaMixedEstersPutTheAlcoholFirstAndTheMultiplierOnEachAcid() throws {
        // JCIA brackets the acids of an ester of several, the multiplier before the bracket applying to each.
        #expect(
            try names(
                "成分：ジ(カプリル酸/カプリン酸)PG、テトラ(ヒドロキシステアリン酸/イソステアリン酸)ジペンタエリスリチル、（カプリル酸／カプリン酸）ヤシアルキル、ジ(カプリル酸/カプリン酸)ブチレングリコール"
            )
                == [
                    "Propylene Glycol Dicaprylate/Dicaprate", "Dipentaerythrityl Tetrahydroxystearate/Tetraisostearate",
                    "Coco-Caprylate/Caprate", "Butylene Glycol Dicaprylate/Dicaprate",
                ])
        // A copolymer's bracket is not an ester's: it stays where it is printed.
        #expect(
            try names("成分：水、(アクリル酸Na/アクリロイルジメチルタウリンNa)コポリマー")
                == ["Water", "Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer"])
    }

    @Test func chineseAlkoxyGroupsAndRosinEstersAreComposed() throws {
        #expect(
            try names("成分：水、羟丙基甲基纤维素硬脂氧基醚、二聚季戊四醇六羟基硬脂酸酯/六硬脂酸酯/六松脂酸酯")
                == [
                    "Water", "Hydroxypropyl Methylcellulose Stearoxy Ether",
                    "Dipentaerythrityl Hexahydroxystearate/Hexastearate/Hexarosinate",
                ])
    }

    @Test func aRegisteredNameInLatinLettersOnAnAsianListIsRead() throws {
        // PEG-65M is registered (CosIng) but not in the dictionary; on a Japanese list it is read as registered.
        let list = try analyzer.analyze("成分：水、PEG-65M、グリセリン")
        #expect(list.ingredients.map(\.name) == ["Water", "PEG-65M", "Glycerin"])
        #expect(list.ingredients[1].match == .alias)
        // On a list in Latin letters nothing changes: an unregistered word stays unknown.
        #expect(try analyzer.analyze("Water, Glycerin, Qwertyx").ingredients[2].match == .unknown)
    }

    @Test func synthesisedWaxesAndMineralsAndCopperSaltsAreComposed() throws {
        // 合成 is INCI's Synthetic before a wax or a mineral; 銅 is copper, printed after what it is the salt of.
        #expect(
            try names("成分：合成蜂蠟、合成氟金云母、二氧化钛")
                == ["Synthetic Beeswax", "Synthetic Fluorphlogopite", "Titanium Dioxide"])
        #expect(
            try names("成分：水、グルコン酸銅、トリペプチド-1銅、(リシン/プロリン)銅")
                == ["Water", "Copper Gluconate", "Copper Tripeptide-1", "Copper Lysinate/Prolinate"])
    }
}
