import INCICore
import Testing

/// Where a printed list starts and ends (issue 12, classes 1, 2 and 6): text before a list heading,
/// panels, statements and disclaimers after the list in the languages labels are printed in, and list
/// headings without a colon or in several languages at once.
@Suite struct ListBoundaryTests {
    let tokenizer = Tokenizer()

    func names(_ text: String) throws -> [String] {
        try tokenizer.tokenize(text).tokens.map(\.text)
    }

    // MARK: - Class 1: text before the list heading

    @Test(arguments: [
        "Soothing Gel Cream\nINGREDIENTS: Water, Glycerin, Niacinamide",
        "Oil-free. Non-comedogenic. Paraben free.\nIngredients: Water, Glycerin, Niacinamide",
        "Micro Essence Skin Activating Treatment Lotion Division: El (Estee Lauder)Ingredients: Water, Glycerin, Niacinamide",
        "1099488 B - INGREDIENTS : Water, Glycerin, Niacinamide",
    ])
    func textBeforeTheHeadingIsNotIngredients(text: String) throws {
        #expect(try names(text) == ["Water", "Glycerin", "Niacinamide"])
    }

    /// A list before a heading stays: a kit's first part, or sunscreen actives with their strengths.
    @Test func aListBeforeTheHeadingIsKept() throws {
        #expect(
            try names(
                "Water, Sodium Cocoyl Glycinate, Glycerin, Citric Acid, Sodium Benzoate\nMoisturizer Ingredients:\nWater, Squalane"
            )
                == [
                    "Water", "Sodium Cocoyl Glycinate", "Glycerin", "Citric Acid", "Sodium Benzoate", "Water",
                    "Squalane",
                ])
        #expect(
            try names("Octocrylene 9%, Ensulizole 3%. Inactive Ingredients: Water, Glycerin") == [
                "Octocrylene", "Ensulizole", "Water", "Glycerin",
            ])
    }

    /// A heading word with nothing after it (the end of a footnote) starts no list.
    @Test func aHeadingWordEndingTheTextStartsNoList() throws {
        #expect(
            try names("Water, Aloe Vera*, Glycerin.\n*Certified organic ingredient") == [
                "Water", "Aloe Vera", "Glycerin",
            ])
    }

    // MARK: - Class 2: panels, statements and disclaimers after the list

    @Test(arguments: [
        "Aqua, Glycerin, Tocopherol.\nMode d'emploi : appliquer matin et soir sur peau propre.",
        "Aqua, Glycerin, Tocopherol. Précautions d'emploi : éviter le contour des yeux.",
        "Aqua, Glycerin, Tocopherol\nAnwendung: Morgens und abends auftragen.",
        "Aqua, Glycerin, Tocopherol\nWarnhinweise: Nur zur äußerlichen Anwendung.",
        "Aqua, Glycerin, Tocopherol\nHinweise: Kontakt mit den Augen vermeiden.",
        "Aqua, Glycerin, Tocopherol\nModo de empleo: aplicar sobre la piel limpia.",
        "Aqua, Glycerin, Tocopherol\nModo d'uso: applicare sul viso.",
        "Aqua, Glycerin, Tocopherol\nGebruiksaanwijzing: aanbrengen op de huid.",
        "Aqua, Glycerin, Tocopherol\nModo de usar: aplicar no rosto.",
        "Aqua, Glycerin, Tocopherol\nBruksanvisning: Applicera på ren hud.",
        "Aqua, Glycerin, Tocopherol\nAvvertenze: solo per uso esterno.",
        "Aqua, Glycerin, Tocopherol\n使用方法：洗顔後、適量を手に取り",
        "Aqua, Glycerin, Tocopherol\n使用上の注意 お肌に異常が生じていないかよく注意して使用してください。",
        "Aqua, Glycerin, Tocopherol\n사용법: 적당량을 덜어 얼굴에 펴 바릅니다.",
        "Aqua, Glycerin, Tocopherol\n주의사항 1. 상처가 있는 부위 등에는 사용을 자제할 것",
        "Aqua, Glycerin, Tocopherol\n注意事项：避免接触眼睛",
        "Aqua, Glycerin, Tocopherol【使用方法】洗脸后取适量",
        "Aqua, Glycerin, Tocopherol\nDIRECTIONS Apply a thin layer.",
    ])
    func panelsAfterTheListAreNotIngredients(text: String) throws {
        #expect(try names(text) == ["Aqua", "Glycerin", "Tocopherol"])
    }

    @Test(arguments: [
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Enthält Natriumfluorid (1450 ppm F).",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Contient du fluorure de sodium (1450 ppm F).",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Innehåller natriumfluorid (1450 ppm F).",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride\nContains Sodium Fluoride 0.32% w/w (1450 ppm F)",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Ingredients subject to change.",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Die Liste der Inhaltsstoffe kann sich ändern. Bitte beachten Sie die Angaben auf der Verpackung.",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Für die Zusammensetzung ist der Hersteller verantwortlich.",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride. Made in Germany, customer care 0800 123",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride (F.I.L. C162335/1).",
        "Aqua, Sorbitol, Hydrated Silica, Sodium Fluoride Please be aware that ingredient lists may change or vary from time to time. Please refer to the ingredient list on the product package you receive.",
    ])
    func statementsAndDisclaimersAfterTheListAreNotIngredients(text: String) throws {
        #expect(try names(text) == ["Aqua", "Sorbitol", "Hydrated Silica", "Sodium Fluoride"])
    }

    /// A panel before the list (no heading) is skipped up to its blank line; a list heading after a
    /// panel starts the list again.
    @Test func panelsBeforeTheListAndHeadingsAfterThem() throws {
        #expect(
            try names("How to use: apply daily.\n\nWater, Glycerin, Squalane") == ["Water", "Glycerin", "Squalane"])
        #expect(
            try names("Water, Glycerin\nDirections: apply daily.\nMay contain: CI 77491, CI 77492") == [
                "Water", "Glycerin", "CI 77491", "CI 77492",
            ])
    }

    @Test func terminatorsAreFoundForPages() throws {
        let text = "Aqua, Glycerin. Mode d'emploi : appliquer"
        let match = try #require(ListTerminator.firstMatch(in: text))
        #expect(match.kind == .panelHeading)
        #expect(match.text == "Mode d'emploi")
        #expect(text[match.start...].hasPrefix("Mode d'emploi"))
        #expect(ListTerminator.firstMatch(in: "Aqua, Glycerin, Tocopherol") == nil)
        #expect(ListTerminator.firstMatch(in: "Aqua. Enthält Natriumfluorid")?.kind == .statement)
        for heading in ["Mode d'emploi", "How to use:", "【使用方法】", "사용법", "WARNINGS", "Anwendung"] {
            #expect(ListTerminator.isPanelHeading(heading), "\(heading)")
        }
        #expect(!ListTerminator.isPanelHeading("Ingredients"))
    }

    // MARK: - Class 6: list headings without a colon, in several languages at once

    @Test(arguments: [
        "INGREDIENTS Water, Glycerin, Niacinamide", "Ingredients\nWater, Glycerin, Niacinamide",
        "Zusammensetzung: Water, Glycerin, Niacinamide", "Composition : Water, Glycerin, Niacinamide",
        "Ingrédients/Ingredients: Water, Glycerin, Niacinamide", "Состав/Ingredients: Water, Glycerin, Niacinamide",
        "INGREDIENTS/INGRÉDIENTS/INHALTSSTOFFE: Water, Glycerin, Niacinamide", "Inci: Water, Glycerin, Niacinamide",
        "INCI Water, Glycerin, Niacinamide", "INCI - Water, Glycerin, Niacinamide",
        "Ingrediënten: Water · Glycerin • Niacinamide",
        "Samenstelling: Water, Glycerin, Niacinamide", "Zutaten: Water, Glycerin, Niacinamide",
        "成份：Water, Glycerin, Niacinamide",
        "成份係 Water, Glycerin, Niacinamide", "成分包括 Water, Glycerin, Niacinamide", "全成分有 Water, Glycerin, Niacinamide",
        "Ingredients are: Water, Glycerin, Niacinamide", "[전성분] Water, Glycerin, Niacinamide",
    ])
    func headingsWithoutAColonAndInSeveralLanguages(text: String) throws {
        #expect(try names(text) == ["Water", "Glycerin", "Niacinamide"])
    }

    /// A sentence that starts with a heading word is not a heading.
    @Test func aSentenceStartingWithAHeadingWordIsNotAHeading() throws {
        #expect(
            try names("Water, Glycerin, Niacinamide.\nIngredients like these are gentle, calming and effective.") == [
                "Water", "Glycerin", "Niacinamide",
            ])
    }
}
