/// Texts that stand where a list or a name should be: catalog cells with no list ("No Info", "N/A",
/// "#NAME?", "See packaging"), the cut-off ends of scraped lists ("and…", "etc.", "Read more"). They
/// are not ingredients: an item that is one is dropped, and a text of nothing else is not a list. A page's
/// controls scraped with a list ("click here", "ver mais") are such texts too.
enum ListPlaceholder {
    /// Lower case, without edge punctuation or brackets.
    static let texts: Set<String> = [
        "no info", "no information", "n/a", "na", "n.a", "none", "nil", "null", "nan", "unknown", "tbd", "tba", "tbc",
        "not available", "not applicable", "not listed", "not specified", "no ingredients", "no ingredient list",
        "ingredients not available", "ingredients coming soon", "coming soon", "see packaging", "see package",
        "see product packaging", "see pack", "see box", "see label", "see image", "see images", "see photo",
        "see photos",
        "see picture", "see description", "see below", "see above", "see website", "refer to packaging",
        "refer to the packaging", "refer to product packaging", "as per packaging", "on packaging", "on pack",
        "name?", "#name?", "#n/a", "#value!", "#ref!", "#div/0!", "#null!", "#num!", "n/a n/a", "-", "--", "?", "...",
        "and", "and more", "and others", "etc", "etc.", "more", "read more", "see more", "show more", "view more",
        "voir l'emballage", "voir emballage", "siehe verpackung", "siehe packung", "ver envase", "vedi confezione",
        "keine angabe", "keine angaben", "non disponible", "no disponible", "non disponibile",
        // A page's controls scraped with the list ("Aqua, Glycerin, click here, …, ver mais").
        "click here", "click to expand", "tap to expand", "show less", "see less", "read less", "more info",
        "more details", "view details", "view all", "see all", "ver mais", "leia mais", "saiba mais", "clique aqui",
        "mostrar mais", "ver más", "leer más", "mostrar más", "haga clic aquí", "voir plus", "lire la suite",
        "afficher plus", "en savoir plus", "cliquez ici", "mehr anzeigen", "mehr lesen", "weiterlesen", "mehr erfahren",
        "hier klicken", "mostra di più", "leggi di più", "scopri di più", "clicca qui", "lees meer", "meer lezen",
        "toon meer", "klik hier", "visa mer", "läs mer", "vis mere", "læs mere", "les mer", "näytä lisää", "lue lisää",
        "더보기", "더 보기", "もっと見る", "続きを読む", "查看更多", "展开", "展開",
    ]

    /// Whether `item` (one list item as printed) is a placeholder.
    static func isPlaceholder(_ item: String) -> Bool {
        if isFiller(item) { return true }
        guard item.utf8.count <= 40 else { return false }
        var key = item.lowercased()
        while let last = key.unicodeScalars.last, edges.contains(last) { key.unicodeScalars.removeLast() }
        while let first = key.unicodeScalars.first, edges.contains(first) { key.unicodeScalars.removeFirst() }
        key = key.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        return key.isEmpty || texts.contains(key) || texts.contains("#" + key)
    }

    /// `xxx`, `XXXXXXXX`: one letter typed over and over to fill a cell; `ㅁ`: a lone Hangul letter (a jamo,
    /// not a syllable), which OCR reads from a box or a bullet. No name is either.
    static func isFiller(_ item: String) -> Bool {
        // One pass without collecting the scalars: every item of every list is asked, and nearly all
        // are told no by their second letter.
        var first: Unicode.Scalar?
        var lower: Unicode.Scalar = " "
        var count = 0
        for scalar in item.unicodeScalars where !edges.contains(scalar) {
            count += 1
            if let first {
                guard first.properties.isAlphabetic, NormalizedText.lowercase(scalar) == lower else { return false }
            } else {
                first = scalar
                lower = NormalizedText.lowercase(scalar)
            }
        }
        guard let first else { return false }
        if count == 1 {
            return (0x1100...0x11FF).contains(first.value) || (0x3130...0x318F).contains(first.value)
        }
        return count >= 3
    }

    private static let edges: Set<Unicode.Scalar> = [
        " ", "\n", ".", ",", ";", ":", "!", "*", "(", ")", "[", "]", "{", "}", "'", "\"", "…",
    ]
}
