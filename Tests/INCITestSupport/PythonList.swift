/// Parses the Python-style list strings some corpora store in a CSV cell: `['a', "b's", 'c']`.
public enum PythonList {
    public static func parse(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for character in text {
            if let q = quote {
                if escaped { current.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == q { items.append(current); current = ""; quote = nil }
                else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
            }
        }
        return items
    }
}
