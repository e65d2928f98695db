/// How a label prints whom to contact and who made it: a web address (`vikos.com`, `www.brand.de`), an e-mail
/// (`info@brand.at`), a telephone number (`Tel: +30 210 1234567`, `1800-222-777`) or a company's name with its
/// legal form (`Squalane Corporation`, `Unilever Brasil Ltda`, `Example Labs GmbH`, `株式会社…`). None of them is
/// an ingredient: as an item of a list it ends the list (the maker's panel starts there), and a line that holds
/// one does not go on a name wrapped from the line above.
enum ContactText {
    /// Top-level domains labels print (generic ones and the country codes of the markets whose labels this
    /// reads), lower case. A name never ends in `.com`; an OCR'd `Aqua.Glycerin` ends in no domain here.
    static let domains: Set<String> = [
        "com", "net", "org", "info", "biz", "shop", "store", "online", "eu", "de", "at", "ch", "fr", "be", "nl",
        "lu", "it", "es", "pt", "uk", "ie", "dk", "se", "no", "fi", "is", "pl", "cz", "sk", "hu", "ro", "bg", "gr",
        "hr", "si", "rs", "ba", "lt", "lv", "ee", "ru", "ua", "by", "kz", "tr", "il", "ae", "sa", "eg", "ma", "za",
        "ng", "ke", "in", "pk", "bd", "lk", "cn", "hk", "tw", "jp", "kr", "vn", "th", "my", "sg", "id", "ph", "au",
        "nz", "ca", "us", "mx", "br", "ar", "cl", "co", "pe", "io",
    ]

    /// Legal forms of a company, as words of their own, lower case without their dots: a line that names the
    /// maker (`SQUALANE⏎CORPORATION`, `POR UNILEVER BRASIL LTDA`). Short forms that are also words or
    /// symbols (`AS`, `AG` for silver, `SA`, `Co`) count only as printed with their dots (`dottedLegalForms`).
    static let legalForms: Set<String> = [
        "corporation", "corp", "inc", "incorporated", "ltd", "ltda", "limited", "llc", "plc", "gmbh", "mbh", "sarl",
        "srl", "pvt", "pty", "tbk", "jsc", "ооо", "зао", "оао", "пао",
    ]

    /// Legal forms that name a company only with their dots (`S.A.`, `S.p.A.`, `B.V.`, `A.G.`), lower case.
    static let dottedLegalForms: Set<String> = ["s.a", "s.p.a", "s.r.l", "b.v", "n.v", "s.a.s", "a.g", "a.s"]

    /// Legal forms printed in East Asian scripts, found anywhere in a line (`株式会社`, `有限公司`, `(주)`).
    static let scriptLegalForms: [String] = ["株式会社", "有限会社", "有限公司", "股份有限公司", "주식회사", "(주)", "㈜"]

    /// Whether `item` is a web address, an e-mail address or a telephone number, and nothing of a name.
    static func isContact(_ item: some StringProtocol) -> Bool {
        let words = item.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard !words.isEmpty else { return false }
        if words.count == 1, isWebOrMailAddress(words[0]) { return true }
        // `Tel: +30 210 1234567`, `1800-222-777`, `(02) 9876 5432`: digits in groups, seven or more in all, after
        // nothing or a telephone's word (`Tel:`, `Phone`, `Fax`). A formula code before a name (`2050519 10 -
        // Aqua`) has a name after its digits.
        let digits = item.count(where: { $0.isASCII && $0.isNumber })
        guard digits >= 7 else { return false }
        var numberWords = words[...]
        if let first = words.first, first.contains(where: \.isLetter) {
            guard telephoneWords.contains(first.lowercased().filter(\.isLetter)) else { return false }
            numberWords = words.dropFirst()
        }
        return numberWords.allSatisfy { word in
            word.allSatisfy { ($0.isASCII && $0.isNumber) || "+-()./".contains($0) }
        }
    }

    /// Words printed before a telephone number, lower case without their punctuation.
    static let telephoneWords: Set<String> = [
        "tel", "tél", "phone", "telephone", "téléphone", "fax", "telefon", "telefono", "teléfono", "telefone", "tlf",
        "ph", "hotline", "тел", "телефон", "τηλ", "電話", "전화",
    ]

    /// `vikos.com`, `www.brand.de`, `info@brand.at`, `https://brand.com/page`.
    static func isWebOrMailAddress(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
        let trimmed = lower.trimmingCharacters(in: "()[]<>.,;")
        var host = Substring(trimmed)
        if let slash = host.firstIndex(of: "/") { host = host[..<slash] }
        if let at = host.lastIndex(of: "@") {
            guard at != host.startIndex else { return false }
            host = host[host.index(after: at)...]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let domain = labels.last, domains.contains(String(domain)) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isLetter || ($0.isASCII && $0.isNumber) || $0 == "-" }
        }
    }

    /// Whether `text` names a company by its legal form: one of `legalForms` as a word of its own after another
    /// word (or alone), one of `dottedLegalForms` with its dots, or one of `scriptLegalForms` anywhere.
    static func namesCompany(_ text: some StringProtocol) -> Bool {
        if scriptLegalForms.contains(where: { text.contains($0) }) { return true }
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0 == ".") })
        // `CORPORATION` alone on the line below a name: the maker's name broken over two lines.
        if words.count == 1 { return words[0].count >= 3 && legalForms.contains(words[0].filter { $0 != "." }) }
        guard words.count >= 2 else { return false }
        return words.dropFirst().contains { word in
            let dotted = word.hasSuffix(".") ? word.dropLast() : word
            if dotted.contains("."), dottedLegalForms.contains(String(dotted)) { return true }
            let bare = word.filter { $0 != "." }
            return !bare.isEmpty && legalForms.contains(bare)
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
