/// The words printed above a full ingredient list, in the languages labels are printed in (EU labels print
/// several, joined by `/`). One vocabulary for the list parser's headings (`SectionMarker`) and the page
/// extractor's labels (`IngredientLabel` in INCIHTML).
package enum ListHeadings {
    package static let main: [String] = [
        "full ingredients list", "full ingredient list", "ingredient list", "ingredients list", "list of ingredients",
        "ingredients", "ingredient", "ingrédients", "ingrédient", "inhaltsstoffe", "zusammensetzung", "zutaten",
        "ingredienti", "composizione", "ingredientes", "composición", "composição", "ingrediënten", "samenstelling",
        "składniki", "skład", "ingredienser", "innehåll", "ainesosat", "ainekset", "valmistusaineet", "composition",
        "inci", "inci list", "složení", "zloženie", "összetevők", "ingrediente", "sastojci", "sastav", "sestavine",
        "koostisosad", "sastāvdaļas", "sudėtis", "içindekiler", "bileşenler", "состав", "склад", "съставки",
        "συστατικά", "συστατικα", "σύνθεση", "συνθεση", "thành phần", "ส่วนประกอบ", "المكونات", "全成分", "全成份", "成分", "成份",
        "配料", "配料表",
        "原材料", "原材料名", "전성분", "성분", "配合成分",
        // Chinese shop pages head the list "product ingredients" (产品成分：水、…), simplified and traditional.
        "产品成分", "產品成分", "产品全成分", "產品全成分",
        // The heading with its word for "labelling", as "ingredient list" above: Japan's legal
        // 全成分表示 (full-ingredient labelling) and Korea's 전성분 표기.
        "全成分表示", "成分表示", "전성분 표기", "전성분표기", "성분 표기",
        // With the word for "table" or "name": Korea's 전성분표 / 성분명, Japan's and China's 成分名; and
        // Chinese 原料 ("raw materials").
        "전성분표", "성분표", "성분명", "成分名", "原料",
        // Taiwan's and China's "ingredient table" (成分表：甘油, …).
        "成分表", "成份表", "全成分表",
    ]

    /// Whether `word` is written in a script without spaces between words (Han, kana, Hangul, Thai): such a
    /// heading is found anywhere in a text, not as a whole word.
    package static func isSpaceless(_ word: String) -> Bool {
        word.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0x1100...0x11FF:
                true
            default: false
            }
        }
    }
}
