import Foundation

/// Reads one input file for `inci scan`, with the size checked before reading so a huge file is
/// refused without loading it, and errors phrased with the path and the system's reason.
enum ScanReader {
    struct Failure: Error {
        let message: String
        let kind: String
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "the file vanished or does not exist" : String(cString: strerror(errno))
            return .failure(Failure(message: "cannot read '\(path)': \(reason)", kind: errno == ENOENT ? "missing" : "unreadable"))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(Failure(message: "cannot read '\(path)': \(String(cString: strerror(errno)))", kind: "unreadable"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Failure(message: "cannot read '\(path)': not a regular file", kind: "unreadable"))
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            return .failure(Failure(message: "'\(path)': the page is too large (\(size) bytes; the limit is \(limit))", kind: "too-large"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + offset, size - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(message: "cannot read '\(path)': \(String(cString: strerror(errno)))", kind: "unreadable"))
            }
            if count == 0 { break }  // the file shrank while being read
            offset += count
        }
        bytes.removeSubrange(offset...)
        return .success(bytes)
    }
}
