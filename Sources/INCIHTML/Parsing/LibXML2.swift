import CLibXML2

/// libxml2's process-wide set-up, done once, and the per-thread silencing its error handlers need.
///
/// libxml2 keeps error handlers per thread (and defaults for new threads), so a worker thread that
/// parses must silence them itself or malformed pages print noise on stderr.
enum LibXML2 {
    static let initialized: Void = {
        xmlInitParser()
        // Never fetch DTDs or external entities: a saved page must not make the parser touch the network
        // or the file system.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        inci_silenceErrorsByDefault()
    }()

    /// Call before each parse on the current thread.
    static func prepareThread() {
        _ = initialized
        inci_silenceErrorsOnThisThread()
    }
}
