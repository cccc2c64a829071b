import Foundation

/// Byte tests on a string's UTF-8 in its contiguous storage.
///
/// `String.UTF8View.contains` is the generic sequence search: it walks the view's index one byte at a time
/// (about 8 M instructions of a long `diff`: the hyphen, apostrophe and "%" tests on every word and
/// paragraph, the carriage-return test on a whole file). `memchr` reads the same bytes a word at a time.
/// Native and small strings are contiguous; a bridged one falls back to the view.
enum ByteSearch {
    static func contains(_ s: String, _ byte: UInt8) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }) {
            return found
        }
        return s.utf8.contains(byte)
    }
}
