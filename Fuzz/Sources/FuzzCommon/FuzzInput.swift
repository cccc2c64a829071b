import Foundation
import ParallaxCore

/// Turns fuzzer bytes into the model, the way files reach Parallax, and checks the invariants every stage
/// promises. A broken invariant traps, so libFuzzer records the input as a crash.
public enum FuzzInput {
    /// One article from raw bytes, through the real decoder; nil when the decoder refuses them (binary).
    public static func article(_ bytes: UnsafeRawBufferPointer, id: String = "fuzz") -> Article? {
        guard let decoded = try? TextDecoder.decode(Data(bytes)) else { return nil }
        let a = ArticleLoader.parse(text: decoded.text, id: id, path: id + ".txt")
        check(a)
        return a
    }

    /// A story of up to four articles: the input is cut at 0xFF bytes (never valid UTF-8, so a cut never
    /// hides inside a character the fuzzer meant to send).
    public static func story(_ bytes: UnsafeRawBufferPointer) -> Story {
        var articles: [Article] = []
        var start = 0
        var n = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0xFF {
            if articles.count < 4, let a = article(UnsafeRawBufferPointer(rebasing: bytes[start..<i]), id: "a\(n)") {
                articles.append(a)
            }
            n += 1
            start = i + 1
        }
        return Story(id: "fuzz", path: "fuzz", articles: articles)
    }

    public static func check(_ a: Article) {
        for (k, p) in a.paragraphs.enumerated() {
            precondition(p.index == k, "paragraph index")
            let n = p.text.unicodeScalars.count
            var last = 0
            for s in p.sentences {
                precondition(0 <= s.start && s.start <= s.end && s.end <= n, "sentence out of paragraph")
                precondition(s.start >= last, "sentences overlap or go backwards")
                last = s.end
            }
            precondition(p.sourceLines.lowerBound >= 1, "source line")
        }
    }

    /// Nothing a terminal would act on.
    public static func checkTerminalSafe(_ s: String) {
        for u in s.unicodeScalars {
            let v = u.value
            precondition(!((v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)), "unsafe scalar U+\(String(v, radix: 16))")
        }
    }
}

/// libFuzzer's entry when its own `main` is not the program's: SwiftPM links an executable target on ELF with
/// `--defsym main=<Target>_main`, a symbol `-parse-as-library` never emits, so each target defines
/// `<Target>_main` and hands control to libFuzzer here.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

public enum FuzzDriver {
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
    ) -> CInt {
        var c = argc
        var v = argv
        return LLVMFuzzerRunDriver(&c, &v, callback)
    }
}
