/// A printed price as a number and a currency: "$18.99", "2,45 €", "US$ 15.40", "34.00 USD",
/// "£1,299.00", "₩ 25,000". The decimal mark is the last "." or "," followed by one or two digits;
/// other marks group thousands.
enum PriceText {
    /// Signs that name one currency. A bare "$" does not (US, Canadian, Australian, …): it gives no code.
    static let signs: [(sign: String, code: String)] = [
        ("US$", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"),
        ("S$", "SGD"), ("R$", "BRL"), ("€", "EUR"), ("£", "GBP"), ("₩", "KRW"), ("¥", "JPY"), ("円", "JPY"),
        ("元", "CNY"),
        ("zł", "PLN"), ("₹", "INR"), ("CHF", "CHF"),
    ]

    /// ISO 4217 codes shops print beside amounts.
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK",
        "PLN", "CZK", "HUF", "RON", "BGN", "INR", "SGD", "HKD", "TWD", "BRL", "MXN", "AED", "SAR",
        "ZAR", "THB", "MYR", "PHP", "IDR", "VND", "ILS", "TRY",
    ]

    static func parse(_ text: String) -> (amount: Double, currency: String?)? {
        guard let amount = amount(in: text) else { return nil }
        return (amount, currency(in: text))
    }

    /// An ISO code printed with the amount ("USD", "EUR"), or the code of a sign that names one currency.
    static func currency(in text: String) -> String? {
        let upper = text.uppercased()
        for word in upper.split(whereSeparator: { !$0.isLetter }) where word.count == 3 && codes.contains(String(word))
        {
            return String(word)
        }
        return signs.first { upper.contains($0.sign.uppercased()) }?.code
    }

    static func amount(in text: String) -> Double? {
        guard let start = text.firstIndex(where: \.isASCIIDigit) else { return nil }
        var digits = ""
        var end = start
        while end < text.endIndex,
            text[end].isASCIIDigit || text[end] == "." || text[end] == "," || text[end] == "\u{A0}" || text[end] == " "
                || text[end] == "'"
        {
            if text[end] == " " || text[end] == "\u{A0}" {
                // A space groups thousands only when three digits follow.
                let next = text[text.index(after: end)...].prefix(4)
                guard next.prefix(3).allSatisfy(\.isASCIIDigit), next.count == 3 || !(next.last?.isASCIIDigit ?? false)
                else { break }
            }
            digits.append(text[end])
            end = text.index(after: end)
        }
        digits = digits.filter { $0 != " " && $0 != "\u{A0}" && $0 != "'" }
        while let last = digits.last, last == "." || last == "," { digits.removeLast() }
        var decimal: String.Index?
        if let mark = digits.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = digits.distance(from: mark, to: digits.endIndex) - 1
            if after == 1 || after == 2 { decimal = mark }
        }
        var normalized = ""
        for index in digits.indices {
            if index == decimal {
                normalized.append(".")
            } else if digits[index].isASCIIDigit {
                normalized.append(digits[index])
            }
        }
        return Double(normalized)
    }
}
