/// British and American spellings of one word as one ("humour"/"humor", "stabilise"/"stabilize",
/// "jewellery"/"jewelry", "defence"/"defense"): outlets keep their house style, and a quote or a sentence
/// that differs only in it is not a change, any more than a difference in quote marks is. The seeds mix
/// both styles (centre/center, criticised/criticized, demeanour/demeanor).
///
/// Applied to both texts before comparing, so a rule only has to bring the two spellings together, never to
/// produce a correct word: "-ise" becomes "-ize" in "promise" too, on both sides alike. What it must not do
/// is merge two different words, which is why the "-our", "-re", "-ll-" and irregular cases go by word lists
/// ("hour", "acre" and "filled" are left alone).
///
/// Not used for alignment similarity: stems of both spellings merged changed no demo link and lost one seed
/// link (README "Alignment").
enum SpellingVariants {
    /// One spelling for every house style of a lowercased word: American, and a compound of words without its
    /// hyphens ("light-hearted" = "lighthearted", "e-mail" = "email", "co-operate" = "cooperate"). Figures keep
    /// theirs: "4-2" and "42" are different scores.
    static func unified(_ word: String) -> String {
        american(unhyphenated(word) ?? word)
    }

    /// The word without hyphens when every hyphen joins two letters; nil otherwise.
    static func unhyphenated(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { b -> String? in
            guard b.contains(UInt8(ascii: "-")) else { return nil }
            func isLetter(_ x: UInt8) -> Bool { (x >= 0x61 && x <= 0x7A) || x >= 0x80 }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            for k in b.indices {
                if b[k] == UInt8(ascii: "-") {
                    guard k > 0, k + 1 < b.count, isLetter(b[k - 1]), isLetter(b[k + 1]) else { return nil }
                    continue
                }
                out.append(b[k])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The American (or common) spelling of a lowercased word; the word itself when it has no variant.
    static func american(_ word: String) -> String {
        if let mapped = table[word] { return mapped }
        return izeForm(word) ?? orForm(word) ?? word
    }

    /// "colour" → "color", "favourite" → "favorite", "neighbourhood" → "neighborhood": the first "our" of a
    /// word that starts with one of `ourStems`, whatever follows.
    static func orForm(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { b -> String? in
            guard b.count >= 5 else { return nil }
            for k in 0...(b.count - 3) where b[k] == UInt8(ascii: "o") && b[k + 1] == UInt8(ascii: "u") && b[k + 2] == UInt8(ascii: "r") {
                guard ourStems.contains(String(decoding: b[..<(k + 3)], as: UTF8.self)) else { return nil }
                return String(decoding: b[...k], as: UTF8.self) + String(decoding: b[(k + 2)...], as: UTF8.self)  // drop the "u"
            }
            return nil
        }
    }

    static let ourStems: Set<String> = [
        "colour", "favour", "honour", "labour", "neighbour", "behaviour", "harbour", "rumour", "humour", "vigour",
        "flavour", "armour", "endeavour", "parlour", "splendour", "savour", "valour", "clamour", "odour", "ardour",
        "rigour", "tumour", "vapour", "candour", "fervour", "saviour", "demeanour", "rancour", "succour", "arbour",
    ]

    /// "-ise(d/s)", "-ising", "-isation(s)", "-iser(s)" → "-ize…"; "-yse(d/s)", "-ysing" → "-yze…".
    static func izeForm(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { b -> String? in
            // Every ending below ends in e, d, s, g, r or n: one byte test turns most words away.
            guard let last = b.last, "edsgrn".utf8.contains(last) else {
                return nil
            }
            for ending in izeEndings where b.count > ending.count + 1 && b.suffix(ending.count).elementsEqual(ending) {
                var out = Array(b)
                out[b.count - ending.count + 1] = UInt8(ascii: "z")  // the "s" after "i" or "y"
                return String(decoding: out, as: UTF8.self)
            }
            return nil
        }
    }

    private static let izeEndings: [[UInt8]] = [
        "isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise",
        "ysing", "ysed", "yses", "yse",
    ].map { Array($0.utf8) }

    /// Every listed British form (with its inflections) → the American form.
    static let table: [String: String] = {
        var t: [String: String] = [:]
        // centre → center, centred → centered, kilometres → kilometers.
        let reStems = [
            "centre", "theatre", "metre", "kilometre", "centimetre", "millimetre", "litre", "fibre", "calibre", "sombre",
            "spectre", "lustre", "meagre", "sabre", "sceptre", "mitre", "epicentre",
        ]
        for stem in reStems {
            let us = String(stem.dropLast(2)) + "er"
            t[stem] = us
            t[stem + "s"] = us + "s"
            t[stem + "d"] = us + "ed"
            t[String(stem.dropLast()) + "ing"] = us + "ing"
        }
        // travelled → traveled, counsellor → counselor, modelling → modeling.
        let lStems = [
            "travel", "cancel", "label", "model", "signal", "fuel", "refuel", "counsel", "jewel", "level", "marvel",
            "total", "channel", "dial", "equal", "funnel", "grovel", "quarrel", "rival", "shovel", "tunnel", "panel",
            "pedal", "snorkel", "duel", "libel", "barrel", "bevel", "enamel", "gravel", "parcel", "revel", "swivel",
            "towel", "spiral", "yodel", "initial", "unravel", "ravel", "worship", "kidnap",
        ]
        for stem in lStems {
            let last = String(stem.last!)
            for s in ["ed", "ing", "er", "ers", "or", "ors", "ous", "ously"] { t[stem + last + s] = stem + s }
        }
        // defence → defense; the remaining single words.
        let words: [(String, String)] = [
            ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"), ("offences", "offenses"),
            ("licence", "license"), ("licences", "licenses"), ("pretence", "pretense"),
            ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"), ("manoeuvred", "maneuvered"),
            ("manoeuvring", "maneuvering"), ("jewellery", "jewelry"), ("woollen", "woolen"), ("grey", "gray"), ("greying", "graying"),
            ("tyre", "tire"), ("tyres", "tires"), ("aluminium", "aluminum"), ("ageing", "aging"),
            ("judgement", "judgment"), ("judgements", "judgments"), ("acknowledgement", "acknowledgment"),
            ("programme", "program"), ("programmes", "programs"), ("plough", "plow"), ("ploughed", "plowed"),
            ("mould", "mold"), ("mouldy", "moldy"), ("smoulder", "smolder"), ("smouldering", "smoldering"),
            ("sceptic", "skeptic"), ("sceptics", "skeptics"), ("sceptical", "skeptical"), ("scepticism", "skepticism"),
            ("pyjamas", "pajamas"), ("moustache", "mustache"), ("sulphur", "sulfur"), ("artefact", "artifact"),
            ("artefacts", "artifacts"), ("kerb", "curb"), ("enrol", "enroll"), ("enrolment", "enrollment"),
            ("fulfil", "fulfill"), ("fulfils", "fulfills"), ("fulfilment", "fulfillment"), ("instalment", "installment"),
            ("instalments", "installments"), ("skilful", "skillful"), ("wilful", "willful"), ("distil", "distill"),
            ("instil", "instill"), ("practise", "practice"), ("practised", "practiced"), ("practising", "practicing"),
            ("catalogue", "catalog"), ("catalogues", "catalogs"), ("analogue", "analog"), ("cosy", "cozy"),
            ("paediatric", "pediatric"), ("paediatrician", "pediatrician"), ("orthopaedic", "orthopedic"),
            ("encyclopaedia", "encyclopedia"), ("anaemia", "anemia"), ("anaesthetic", "anesthetic"),
            ("haemorrhage", "hemorrhage"), ("oestrogen", "estrogen"), ("foetus", "fetus"), ("diarrhoea", "diarrhea"),
            ("leukaemia", "leukemia"), ("learnt", "learned"), ("burnt", "burned"), ("dreamt", "dreamed"),
            ("leapt", "leaped"), ("spoilt", "spoiled"), ("whilst", "while"), ("amongst", "among"),
        ]
        for (uk, us) in words { t[uk] = us }
        return t
    }()
}
