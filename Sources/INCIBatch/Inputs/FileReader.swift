#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole input files for every command, with the size checked before reading so a huge file is
/// refused without loading it, and every failure a typed `InputError` naming the path.
/// (Catalogs large enough to stream — CSV and JSON Lines — are read by their streaming readers.)
public enum FileReader {
    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func read(_ path: String, limit: Int = Int.max) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw .fromErrno(path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fromErrno(path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .notAFile(path: path, isFolder: (info.st_mode & S_IFMT) == S_IFDIR)
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                    Glibc.read(descriptor, buffer.baseAddress! + offset, size - offset)
                #else
                    Darwin.read(descriptor, buffer.baseAddress! + offset, size - offset)
                #endif
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fromErrno(path)
            }
            if count == 0 { break }  // the file shrank while being read
            offset += count
        }
        bytes.removeSubrange(offset...)
        return bytes
    }

    /// A UTF-8 text file (the dictionary's files, an overlay, a policy).
    public static func readUTF8(_ path: String) throws(InputError) -> String? {
        let bytes = try read(path)
        return String(validating: bytes, as: UTF8.self)
    }
}
