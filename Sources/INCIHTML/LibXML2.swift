import CLibXML2

/// libxml2's process-wide set-up, done once.
enum LibXML2 {
    static let initialized: Void = {
        xmlInitParser()
    }()
}
