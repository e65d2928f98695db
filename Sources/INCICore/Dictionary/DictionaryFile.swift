/// One text file of a dictionary, as a path (relative to the dictionary root) and its contents.
/// The core never reads files itself: the embedded data and the CLI hand it these.
public struct DictionaryFile: Sendable, Hashable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
