/// Trees for the contract's most numerous small values, built without the `Encoder` protocol. A `diff --json`
/// of two long articles encodes thousands of sentences, links and word changes, and each went through generic
/// metadata and conformance look-ups (about 10k instructions a value, a tenth of the run). The keys and number
/// formats are exactly those of the types' `encode(to:)`; `demoModelOutputsMatchFoundation` compares the
/// output with Foundation's encoder byte for byte.
extension JSONWriter.Node {
    /// Sets the tree for `value` when its type is one of these; false otherwise (the Encodable path then runs).
    func setDirect<T>(_ value: T, path: [any CodingKey]) throws -> Bool {
        switch ObjectIdentifier(T.self) {
        case ObjectIdentifier([Int].self): kind = .array((value as! [Int]).map(Self.int))
        case ObjectIdentifier(Sentence.self): kind = Self.sentence(value as! Sentence).kind
        case ObjectIdentifier([Sentence].self): kind = .array((value as! [Sentence]).map(Self.sentence))
        case ObjectIdentifier(ParagraphLink.self): kind = try Self.link(value as! ParagraphLink, path).kind
        case ObjectIdentifier([ParagraphLink].self): kind = .array(try (value as! [ParagraphLink]).map { try Self.link($0, path) })
        case ObjectIdentifier(WordChange.self): kind = Self.change(value as! WordChange).kind
        case ObjectIdentifier([WordChange].self): kind = .array((value as! [WordChange]).map(Self.change))
        case ObjectIdentifier(SentencePair.self): kind = try Self.pair(value as! SentencePair, path).kind
        case ObjectIdentifier([SentencePair].self): kind = .array(try (value as! [SentencePair]).map { try Self.pair($0, path) })
        default: return false
        }
        return true
    }

    private static func node(_ kind: Kind) -> JSONWriter.Node {
        let n = JSONWriter.Node()
        n.kind = kind
        return n
    }

    private static func int(_ v: Int) -> JSONWriter.Node { node(.literal(String(v))) }

    private static func text(_ s: String?) -> JSONWriter.Node { node(s.map { .string($0) } ?? .literal("null")) }

    private static func sentence(_ s: Sentence) -> JSONWriter.Node {
        node(.object([("start", int(s.start)), ("end", int(s.end))]))
    }

    private static func link(_ l: ParagraphLink, _ path: [any CodingKey]) throws -> JSONWriter.Node {
        node(.object([("left", int(l.left)), ("right", int(l.right)),
                      ("similarity", node(.literal(try number(JSONNumber.rounded(l.similarity), path))))]))
    }

    private static func change(_ c: WordChange) -> JSONWriter.Node {
        node(.object([("left", text(c.left)), ("right", text(c.right))]))
    }

    private static func pair(_ p: SentencePair, _ path: [any CodingKey]) throws -> JSONWriter.Node {
        node(.object([("left", text(p.left)), ("right", text(p.right)),
                      ("similarity", node(.literal(try number(JSONNumber.rounded(p.similarity), path)))),
                      ("changes", node(.array(p.changes.map(change))))]))
    }
}
