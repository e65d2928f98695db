/// What ends an ingredient list on a label or a page: the panels printed after it (Directions, Mode
/// d'emploi, Anwendung, 使用方法, 사용법, 注意事项 …), statements that are not ingredients (a toothpaste's
/// "Enthält Natriumfluorid", "Made in France", a nutrition table) and disclaimers ("Ingredients subject
/// to change", "Die Liste der Inhaltsstoffe kann sich ändern").
///
/// One vocabulary for every reader of lists: the tokenizer stops a list at these, and the page reader
/// (INCIHTML) uses them for block boundaries. Phrases are lower case, as `NormalizedText` lower-cases
/// a label (NFKC, dashes → `-`, smart quotes → `'`).
public enum ListTerminator {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A panel heading: ends the list when it is followed by a colon, stands alone on its line or
        /// starts a line (`Mode d'emploi : …`, `使用方法`, `WARNINGS`).
        case panelHeading = "panel-heading"
        /// The start of a sentence that is not ingredients, wherever it is printed (`Contient du fluorure
        /// de sodium`, `Made in Korea`, `Nutrition Facts`).
        case statement
        /// A disclaimer about the list itself (`Ingredients subject to change`).
        case disclaimer
    }

    /// Panel headings printed after a list, by language. Short single words that also start ordinary
    /// sentences (`use`, `usage`, `gebruik`) count only with a colon or alone on their line.
    public static let panelHeadings: [String] = [
        // English
        "directions", "direction", "directions for use", "direction for use", "how to use", "how to apply", "to use",
        "suggested use", "recommended use", "use", "usage", "application", "instructions", "instructions for use",
        "warnings", "warning", "caution", "cautions", "precautions", "precaution", "safety information",
        "safety warnings",
        "storage", "storage conditions", "storage instructions", "keep out of reach of children",
        "for external use only",
        "external use only", "allergy advice", "allergen information", "allergens", "contains", "net wt", "net weight",
        "net contents", "net content", "best before", "expiry date", "exp", "period after opening", "dist", "dist.",
        "distributor", "manufacturer", "lot", "batch", "batch no", "lot no", "benefits", "key benefits",
        "allergen info", "allergy information", "responsible person",
        // Pet food panels after the list (EU Regulation 767/2009 "analytical constituents", the US
        // "guaranteed analysis"), in the languages of the EU, Taiwan and Hong Kong, and China (GB/T 31217).
        "analytical constituents", "analytical components", "guaranteed analysis", "analytische bestandteile",
        "constituants analytiques", "componentes analíticos", "componenti analitici", "analytische bestanddelen",
        "營養分析", "营养分析", "保證成分", "保证成分", "保證分析", "保证分析", "产品成分分析保证值", "成分分析保证值",
        // French
        "mode d'emploi", "conseils d'utilisation", "conseil d'utilisation", "utilisation", "précautions d'emploi",
        "précaution d'emploi", "précautions", "précaution", "avertissements", "avertissement", "attention",
        "conservation", "contenance", "poids net", "fabricant", "distributeur", "à utiliser de préférence avant",
        "conseils", "bienfaits",
        // German
        "anwendung", "anwendungshinweise", "anwendungshinweis", "anwendungsempfehlung", "gebrauchsanweisung",
        "gebrauchsanleitung", "warnhinweise", "warnhinweis", "hinweise", "hinweis", "sicherheitshinweise", "achtung",
        "vorsichtsmaßnahmen", "aufbewahrung", "aufbewahrungshinweis", "lagerung", "inhalt", "füllmenge", "nettoinhalt",
        "nettofüllmenge", "mhd", "mindesthaltbarkeitsdatum", "haltbarkeit", "hersteller", "vertrieb",
        // Spanish
        "modo de empleo", "modo de uso", "instrucciones de uso", "instrucciones", "uso", "precauciones", "precaución",
        "advertencias", "advertencia", "conservación", "contenido neto", "peso neto", "beneficios", "cómo usar",
        // Italian
        "modo d'uso", "modalità d'uso", "modalità di utilizzo", "istruzioni per l'uso", "istruzioni", "avvertenze",
        "avvertenza", "precauzioni", "precauzioni d'uso", "conservazione", "contenuto", "peso netto", "come usare",
        // Dutch
        "gebruiksaanwijzing", "gebruik", "aanwijzingen", "waarschuwing", "waarschuwingen", "voorzorgsmaatregelen",
        "bewaren", "bewaaradvies", "inhoud",
        // Portuguese
        "modo de usar", "modo de utilização", "instruções de uso", "precauções", "advertências", "advertência",
        "cuidados", "conservação", "como usar", "como aplicar", "modo de aplicação", "benefícios", "indicação",
        "indicações", "validade", "peso líquido",
        // "Contains:" in other languages: a toothpaste's fluoride or a food's allergens after the list
        // (`Enthält: Olaflur und Natriumfluorid / Contient: …`).
        "enthält", "contient", "bevat", "contiene", "contém", "innehåller", "inneholder", "indeholder", "sisältää",
        // Swedish, Norwegian, Danish, Finnish
        "bruksanvisning", "användning", "anvendelse", "brugsanvisning", "brug", "bruk", "varning", "varningar",
        "advarsel", "advarsler", "forsiktighetsregler", "forsigtighedsregler", "försiktighetsåtgärder", "förvaring",
        "oppbevaring", "opbevaring", "käyttö", "käyttöohje", "käyttöohjeet", "varoitus", "varoitukset", "säilytys",
        // Polish, Czech, Slovak, Hungarian, Romanian
        "sposób użycia", "stosowanie", "ostrzeżenia", "ostrzeżenie", "środki ostrożności", "przechowywanie",
        "návod k použití", "upozornění", "skladování", "návod na použitie", "upozornenie", "használat",
        "figyelmeztetés",
        "mod de utilizare", "precauții", "avertismente",
        // Russian, Ukrainian, Greek, Turkish
        "применение", "способ применения", "предупреждения", "предостережения", "меры предосторожности",
        "условия хранения", "хранение", "застосування", "спосіб застосування", "οδηγίες χρήσης", "προσοχή",
        "kullanım", "kullanım şekli", "kullanım talimatı", "uyarılar", "uyarı", "saklama koşulları",
        // Vietnamese: the panels Vietnam's labelling rules (Decree 43/2017/ND-CP) have cosmetics print after
        // "Thành phần" (uses, directions, storage, warnings, origin, dates, quantity, maker) and a shop's
        // "Đối tượng sử dụng" (who it is for).
        "công dụng", "hướng dẫn sử dụng", "cách dùng", "cách sử dụng", "đối tượng sử dụng", "bảo quản",
        "hướng dẫn bảo quản", "lưu ý", "chú ý", "cảnh báo", "thông tin cảnh báo", "xuất xứ", "xuất xứ thương hiệu",
        "nơi sản xuất", "hạn sử dụng", "hsd", "ngày sản xuất", "nsx", "số lô", "dung tích", "khối lượng tịnh",
        "định lượng", "quy cách", "nhà sản xuất", "nhà phân phối",
        // Thai, Indonesian and Malay, Arabic: the panels labels and shop descriptions print after the list
        // (how to use, benefits, warnings, storage, the notification or registration number, net quantity,
        // maker and dates; Thai `เลขที่ใบรับแจ้ง`, Indonesian `No. BPOM`).
        "วิธีใช้", "วิธีการใช้", "วิธีใช้งาน", "คำเตือน", "ข้อควรระวัง", "สรรพคุณ", "คุณสมบัติ", "การเก็บรักษา",
        "เลขจดแจ้ง", "เลขที่จดแจ้ง", "เลขที่ใบรับแจ้ง", "ผลิตโดย", "นำเข้าโดย", "จัดจำหน่ายโดย", "ปริมาณสุทธิ",
        "วันผลิต", "วันหมดอายุ", "ครั้งที่ผลิต",
        "cara pakai", "cara penggunaan", "cara pemakaian", "aturan pakai", "petunjuk pemakaian",
        "petunjuk penggunaan", "manfaat", "kegunaan", "peringatan", "perhatian", "cara penyimpanan", "penyimpanan",
        "no. bpom", "bpom", "netto", "berat bersih", "isi bersih", "diproduksi oleh", "didistribusikan oleh",
        "tanggal kedaluwarsa", "kedaluwarsa", "cara guna", "amaran",
        "طريقة الاستخدام", "طريقة الاستعمال", "الاستعمال", "تحذيرات", "تحذير", "احتياطات", "الفوائد", "الحفظ",
        "طريقة الحفظ", "تاريخ الانتهاء", "تاريخ الإنتاج", "بلد المنشأ", "الوزن الصافي",
        // Japanese
        "使用方法", "ご使用方法", "使い方", "ご使用上の注意", "使用上の注意", "注意事項", "保管方法", "保管上の注意",
        "用法", "お問い合わせ", "内容量", "製造販売元", "販売元", "発売元", "原産国", "製造国",
        // Korean
        "사용법", "사용방법", "사용 방법", "주의사항", "사용시 주의사항", "사용 시 주의사항", "사용할 때의 주의사항",
        "사용상의 주의사항", "보관방법", "보관 방법", "보관 및 취급 방법", "제조원", "제조업자", "제조판매업자", "판매원",
        "책임판매업자", "제조국", "용법", "용량", "내용량", "제조번호", "사용기한",
        // Chinese
        "使用方法", "用法", "用法用量", "注意事项", "注意事項", "储存方法", "贮存方法", "贮存条件", "保存方法", "保质期",
        "保質期", "生产商", "生產商", "制造商", "製造商", "生产企业", "产地", "產地", "警告", "使用注意", "净含量", "淨含量",
        "生产日期", "生產日期", "限期使用日期", "生产批号", "批号", "食品生产许可证编号", "生产许可证编号", "生产许可证号",
        "生产许可证", "化妆品生产许可证编号", "产品标准代号", "产品标准号", "执行标准", "產品標準", "致敏原提示", "过敏原提示",
        "过敏原信息", "贮藏方法", "储存条件", "保存条件", "经销商", "进口商", "委托方", "受托方", "原产国", "原產國",
        "用途", "功效", "产品功效", "適用人群", "适用人群", "适用肤质", "適用膚質",
        // Taiwan's label fields for the maker and the importer (製造廠, 輸入業者) and the batch number.
        "製造廠", "製造業者", "委託製造廠", "輸入業者", "進口商", "批號",
    ]

    /// Headings of `panelHeadings` that are also ordinary words at the start of a sentence: they count
    /// only with a colon or alone on their line.
    static let colonOnlyHeadings: Set<String> = [
        "use", "usage", "application", "instructions", "contains", "attention", "utilisation", "uso", "gebruik", "brug",
        "bruk", "inhalt", "inhoud", "contenuto", "hinweis", "achtung", "caution", "warning", "storage", "conservation",
        "käyttö", "kullanım", "uyarı", "警告", "用法", "용량", "usage", "to use", "dist", "lot", "batch", "exp", "mhd",
        "vertrieb", "批号", "用途", "功效", "benefits", "conseils", "bienfaits", "beneficios", "benefícios", "indicação",
        "validade", "enthält", "contient", "bevat", "contiene", "contém", "innehåller", "inneholder", "indeholder",
        "sisältää", "lưu ý", "chú ý", "bảo quản", "hsd", "nsx", "quy cách", "dung tích", "xuất xứ",
        "manfaat", "kegunaan", "peringatan", "perhatian", "penyimpanan", "bpom", "netto", "kedaluwarsa", "amaran",
        "الاستعمال", "تحذير", "الفوائد", "الحفظ",
    ]

    /// Fields of a product record or a label's legal panel, printed `Field: value` on a line of their own
    /// (`Product Name: Pro Moisturizer`, `SKU: ABC`, `품명: …`, `유형: 인체세정용물휴지`): the line is not
    /// ingredients, and a list that had begun is over.
    public static let fieldLabels: [String] = [
        "product name", "product id", "product code", "product number", "sku", "barcode", "ean", "upc", "gtin",
        "item number", "item no", "brand", "nom du produit", "produktname", "artikelnummer", "nombre del producto",
        "제품명", "품명", "품번", "유형", "제품유형", "商品名", "品名", "製品名", "品番", "产品名称", "產品名稱", "品名称",
    ]

    /// Panel headings of a label's metadata (contents, batch, dates), which labels also print inside a list's
    /// last line (`…, Glycerin, 50ml, 제조번호 A2024, 내용량 100g`): an item that starts with one and gives a
    /// value ends the list.
    static let metadataHeadings: Set<String> = [
        "net wt", "net weight", "net contents", "net content", "best before", "expiry date", "exp", "lot", "batch",
        "batch no", "lot no", "contenance", "poids net", "inhalt", "füllmenge", "nettoinhalt", "nettofüllmenge", "mhd",
        "contenido neto", "contenuto", "inhoud", "peso netto", "peso neto", "peso líquido", "内容量", "용량", "내용량", "제조번호",
        "사용기한", "净含量", "淨含量",
        // The article number EU packs print after the list (`Art.-No. 82020`, `Art No 80104`).
        "art.-no", "art.-nr", "art. no", "art. nr", "art no", "art nr", "art.no", "art.nr",
        "生产日期", "生產日期", "批号", "生产批号", "保质期", "保質期", "限期使用日期",
        // Taiwan's label fields for the batch number and the dates (批號, 製造日期, 有效期限).
        "批號", "製造日期", "有效期限",
    ]

    /// Whether an item of a list is a metadata field with its value (`제조번호 A2024`, `Net wt. 50 g`,
    /// `内容量 100g`): a metadata heading or field label, then a value with a digit.
    static func isMetadataItem(_ item: String) -> Bool {
        // Every item of every list is asked: one without an ASCII digit is no field with a value, before any
        // lower-casing (a UTF-8 byte 0x30–0x39 is always the digit itself).
        guard item.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        let lower = item.lowercased()
        guard lower.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
        for heading in metadataHeadingsAndFieldLabels where lower.hasPrefix(heading) {
            let rest = lower.dropFirst(heading.count)
            guard let next = rest.first else { continue }
            if next == " " || next == ":" || next == "." || next.isNumber { return true }
        }
        return false
    }

    private static let metadataHeadingsAndFieldLabels = metadataHeadings.union(fieldLabels)

    /// Metadata headings in a script without spaces between words (`批號`, `제조번호`, `内容量`): OCR and scrapes glue
    /// them to the Latin name before them.
    private static let scriptMetadataHeadings = metadataHeadingsAndFieldLabels.filter { heading in
        heading.unicodeScalars.allSatisfy {
            $0.value >= 0x1100 && $0.properties.isAlphabetic && !$0.properties.isLowercase
                && !$0.properties.isUppercase
        }
    }.sorted { $0.count > $1.count }

    /// Where a metadata heading with its value starts inside `item`, glued to the Latin name before it
    /// (`Silica批號 A2401`, `Glycerin제조번호 A2024`): the script changes from Latin letters to the heading's,
    /// and a value with a digit follows. Nil when there is none.
    static func gluedMetadataStart(in item: String) -> String.Index? {
        // A heading needs a scalar outside ASCII and its value a digit: most items have neither.
        guard item.utf8.contains(where: { $0 >= 0x80 }), item.utf8.contains(where: { (0x30...0x39).contains($0) })
        else { return nil }
        for heading in scriptMetadataHeadings {
            var searchStart = item.startIndex
            while let range = item.range(of: heading, range: searchStart..<item.endIndex) {
                searchStart = range.upperBound
                guard range.lowerBound > item.startIndex else { continue }
                let before = item[item.index(before: range.lowerBound)]
                guard before.isASCII, before.isLetter else { continue }
                let value = item[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "：" }
                if value.first?.isASCII == true, value.contains(where: { $0.isASCII && $0.isNumber }) {
                    return range.lowerBound
                }
            }
        }
        return nil
    }

    /// Panel headings that name a product's contents (`Contains: milk, wheat` after a food list): when
    /// nothing is printed before one, it heads the list itself (`Contains: Aqua, Methylparaben`).
    static let contentsHeadings: Set<String> = [
        "contains", "enthält", "contient", "bevat", "contiene", "contém", "innehåller", "inneholder", "indeholder",
        "sisältää",
    ]

    /// Sentences that are not ingredients, wherever they start: toothpaste fluoride statements, where
    /// it was made and by whom, nutrition tables, traces, contact lines.
    public static let statements: [String] = [
        // Toothpaste fluoride statements
        "contains sodium fluoride", "contains sodium monofluorophosphate", "contains stannous fluoride",
        "contains fluoride", "contains amine fluoride", "enthält natriumfluorid", "enthält natriummonofluorphosphat",
        "enthält zinnfluorid", "enthält aminfluorid", "enthält fluorid", "contient du fluorure de sodium",
        "contient du monofluorophosphate de sodium", "contient du fluorure", "contient fluorure de sodium",
        "contiene fluoruro de sodio", "contiene fluoruro sódico", "contiene fluoruro di sodio",
        "contiene sodio fluoruro",
        "contiene fluoruro", "bevat natriumfluoride", "bevat natriummonofluorfosfaat", "bevat fluoride",
        "contém fluoreto de sódio", "contém fluoreto", "innehåller natriumfluorid", "innehåller fluorid",
        "inneholder natriumfluorid", "inneholder fluorid", "indeholder natriumfluorid", "indeholder fluorid",
        "sisältää natriumfluoridia", "sisältää fluoridia", "zawiera fluorek sodu", "obsahuje fluorid sodný",
        "содержит фторид натрия", "содержит фторид",
        // Where and by whom it was made
        "made in", "manufactured by", "manufactured for", "manufactured in", "distributed by", "dist. by",
        "distributed in", "mfd. by", "mfd by", "packed by", "imported by", "fabriqué en", "fabriqué au", "fabriqué aux",
        "fabriqué par", "fabriqué pour", "distribué par", "hergestellt in", "hergestellt für", "hergestellt von",
        "vertrieb durch", "fabricado en", "fabricado por", "fabricado para", "distribuido por", "prodotto in",
        "prodotto da", "fabbricato in", "distribuito da", "geproduceerd in", "geproduceerd door", "gemaakt in",
        "fabricado em", "produzido em", "hecho en", "elaborado por", "importado por", "tillverkad i", "valmistettu",
        "produceret i", "produsert i",
        "wyprodukowano w", "vyrobeno v", "произведено", "изготовитель", "произведено в",
        // Nutrition tables and food statements (general-purpose labels)
        "nutrition facts", "nutrition information", "nutritional information", "nutrition declaration",
        "nutritional declaration", "dietary information", "διατροφικές πληροφορίες", "διατροφική δήλωση",
        "nutritional values", "typical values",
        "valeurs nutritionnelles", "nährwerte", "nährwertangaben", "durchschnittliche nährwerte",
        "información nutricional", "valores nutricionales", "valori nutrizionali", "voedingswaarde",
        "informação nutricional", "näringsvärde", "näringsinnehåll", "næringsinnhold", "næringsindhold",
        "ravintoarvo", "wartość odżywcza", "пищевая ценность", "营养成分", "營養成分", "栄養成分",
        "may contain traces", "may also contain traces", "本生产线", "本产品生产线", "本品生产线", "此生产线", "開封後", "开封后",
        "peut contenir des traces", "kann spuren",
        "puede contener trazas",
        "può contenere tracce", "kan sporen", "pode conter vestígios", "kan innehålla spår", "saattaa sisältää",
        "conditionné sous atmosphère protectrice", "packaged in a protective atmosphere",
        "à consommer de préférence", "mindestens haltbar", "consumir preferentemente", "parasta ennen", "bäst före",
        "best før", "bedst før", "ten minste houdbaar tot", "tenminste houdbaar tot", "da consumarsi preferibilmente",
        "consumir de preferência", "najlepiej spożyć przed", "use by", "best before end",
        // Warnings printed after lists, also glued to the last name (`…, Sodium Benzoate Avoid contact with eyes`)
        "avoid contact with eyes", "avoid contact with the eyes", "in case of contact with eyes",
        "in case of contact with the eyes", "nur zur äußerlichen anwendung", "pour usage externe",
        "usage externe uniquement",
        "solo para uso externo", "para uso externo", "per uso esterno", "solo per uso esterno",
        "alleen voor uitwendig gebruik", "voor uitwendig gebruik", "apenas para uso externo",
        "endast för utvärtes bruk",
        "только для наружного применения", "для наружного применения",
        // Contact lines and codes printed after lists
        "customer care", "customer service", "consumer care", "service consommateurs", "service consommateur",
        "verbraucherservice", "kundenservice", "servicio al consumidor", "www.", "http://", "https://", "f.i.l.",
        "atención al consumidor", "atencion al consumidor", "atención al cliente", "servizio consumatori",
        "service client", "service clients", "tel.:", "tél.:", "tel:", "tél:",
    ]

    /// The food allergens a traces statement names (`May contain peanuts.`, `may contain milk and soy`): the
    /// fourteen of EU Regulation 1169/2011 Annex II and the US FALCPA's nine, in the words labels print, with
    /// the words that join them. A cosmetic's may-contain list names colours, which are none of these.
    static let tracesWords: Set<String> = [
        "peanut", "peanuts", "nut", "nuts", "tree", "almond", "almonds", "hazelnut", "hazelnuts", "walnut",
        "walnuts", "cashew", "cashews", "pecan", "pecans", "pistachio", "pistachios", "macadamia", "milk", "dairy",
        "soy", "soya", "soybean", "soybeans", "wheat", "gluten", "cereals", "barley", "oats", "rye", "egg", "eggs",
        "sesame", "seed", "seeds", "fish", "shellfish", "crustacean", "crustaceans", "mollusc", "molluscs",
        "mollusks", "mustard", "celery", "lupin", "lupine", "sulphites", "sulfites", "and", "or", "other", "of",
        "&", "traces", "trace",
    ]

    /// Disclaimers about the list itself.
    public static let disclaimers: [String] = [
        "ingredients subject to change", "ingredient list subject to change", "ingredients are subject to change",
        "ingredient list is subject to change", "ingredient lists are subject to change", "formula subject to change",
        "ingredients may change", "ingredient lists may change", "ingredient list may change", "ingredients may vary",
        "ingredient lists may vary", "please be aware that ingredient lists", "please refer to the ingredient list",
        "please refer to the product packaging", "please refer to the packaging", "please refer to product packaging",
        "refer to product packaging", "refer to the product packaging", "for the most up to date",
        "for the most up-to-date",
        "the list of ingredients may change", "the ingredient list may change",
        "die liste der inhaltsstoffe kann sich", "die liste der inhaltsstoffe kann", "inhaltsstoffe können sich ändern",
        "änderungen der inhaltsstoffe vorbehalten", "für die zusammensetzung", "die angaben zu den inhaltsstoffen",
        "bitte beachten sie die angaben auf der verpackung", "la liste des ingrédients peut",
        "la liste des ingrédients est",
        "la composition peut", "la composition des produits peut", "liste des ingrédients susceptible",
        "la lista de ingredientes puede", "la composición puede", "la lista de ingredientes está sujeta",
        "l'elenco degli ingredienti può", "la lista degli ingredienti può", "la lista ingredienti può",
        "de ingrediëntenlijst kan", "de lijst met ingrediënten kan", "a lista de ingredientes pode",
        "ingredienslistan kan", "성분은 변경될 수", "전성분은 변경될 수", "成分は変更",
        "skład może ulec zmianie", "skład produktu może ulec zmianie", "состав может меняться",
        "состав может изменяться", "состав может отличаться", "složení se může změnit", "成分以实物包装为准",
        "以实物包装为准", "thành phần có thể thay đổi",
    ]

    /// Every phrase with its kind, for the tokenizer's keyword scan.
    static let phrases: [(text: String, kind: Kind)] =
        panelHeadings.map { ($0, .panelHeading) } + statements.map { ($0, .statement) }
        + disclaimers.map { ($0, .disclaimer) }

    /// One terminator found in a text.
    public struct Match: Sendable, Hashable {
        public let kind: Kind
        /// The phrase as printed.
        public let text: String
        /// Where it starts in the text searched.
        public let start: String.Index
    }

    /// The first place in `text` where an ingredient list would end: a panel heading, statement or
    /// disclaimer as the tokenizer recognizes it (same rules: headings need a colon, their own line or
    /// a line start; phrases match whole words). Nil when there is none.
    public static func firstMatch(in text: String) -> Match? {
        let normalized = NormalizedText(text)
        for marker in SectionMarker.scan(normalized) {
            guard case .terminator(let kind) = marker.kind, let original = normalized.originalRange(marker.phraseRange)
            else { continue }
            let start = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: original.lowerBound)
            let end = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: original.upperBound)
            return Match(kind: kind, text: String(text.unicodeScalars[start..<end]), start: start)
        }
        return nil
    }

    /// Whether `text` as a whole is a panel heading (an accordion title, a `<dt>`, a bold label):
    /// `Mode d'emploi`, `How to use:`, `【使用方法】`.
    public static func isPanelHeading(_ text: String) -> Bool {
        var key = Array(NormalizedText(text).lower)
        let edges: Set<Unicode.Scalar> = [" ", "\n", ":", "[", "]", "【", "】", "(", ")", "-", "*", "•", "."]
        while let last = key.last, edges.contains(last) { key.removeLast() }
        while let first = key.first, edges.contains(first) { key.removeFirst() }
        return headingSet.contains(String(String.UnicodeScalarView(key)))
    }

    private static let headingSet: Set<String> = Set(panelHeadings)
}
