/// One-word names a story gives to an animal (a zoo's lynx, a racehorse, a rescued dog), so that the name is
/// no person even when it is a common given name ("Tilde, a three-year-old female lynx", "the lynx Tilde").
///
/// A pet or zoo animal is named like a person and often in the same shapes (an apposition with an age, a
/// speech verb nearby: "Tilde is back safely, the keeper said"), so a known given name is no evidence here.
/// Only the apposition or the noun right before the name says "animal" beyond doubt.
enum AnimalNames {
    /// Nouns for an animal that news names: zoo and wild animals, farm animals, pets and their breeds. Written
    /// by hand; words that also name a person's role or a team ("bull", "lion" as a rugby player) are left to the
    /// shapes, which need an article or the name right after the noun.
    static let nouns: Set<String> = [
        "lynx", "tiger", "tigress", "lion", "lioness", "leopard", "cheetah", "jaguar", "puma", "cougar", "bear", "wolf",
        "fox", "elephant", "giraffe", "gorilla", "chimpanzee", "chimp", "orangutan", "monkey", "panda", "penguin",
        "seal", "otter", "dolphin", "whale", "horse", "racehorse", "pony", "mare", "stallion", "gelding", "colt",
        "filly", "foal", "dog", "puppy", "cat", "kitten", "cub", "calf", "cow", "sheep", "ewe", "goat", "pig",
        "parrot", "owl", "eagle", "hawk", "falcon", "tortoise", "turtle", "snake", "python", "crocodile",
        "alligator", "kangaroo", "wallaby", "camel", "rhino", "rhinoceros", "hippo", "hippopotamus", "zebra", "deer",
        "stag", "boar", "greyhound", "spaniel", "terrier", "labrador", "retriever", "collie", "alsatian", "beagle",
        "flamingo", "meerkat", "capybara", "koala", "sloth", "bison", "reindeer", "donkey", "mule", "llama", "alpaca",
    ]

    /// The folded one-word names this paragraph shows to be animals.
    static func words(in pn: ParagraphNames) -> [String] {
        var out: [String] = []
        let toks = pn.tokens
        for run in pn.runs where run.all.count == 1 {
            let i = run.all.lowerBound
            // "the lynx Tilde", "lynx Tilde": the noun right before the name.
            if i >= 1, !toks[i - 1].isCap, toks[i].gapBefore == " ", nouns.contains(toks[i - 1].base) {
                out.append(toks[i].base)
                continue
            }
            // "Tilde, a three-year-old female Eurasian lynx": an apposition whose head is an animal.
            guard i + 2 < toks.count, toks[i + 1].gapBefore.trimmingCharacters(in: .whitespaces) == ",",
                  ["a", "an", "the"].contains(toks[i + 1].base) else { continue }
            var j = i + 2
            while j < min(toks.count, i + 9) {
                let gap = toks[j].gapBefore
                guard gap == " " || gap == "-" else { break }
                if nouns.contains(toks[j].base) {
                    out.append(toks[i].base)
                    break
                }
                j += 1
            }
        }
        return out
    }
}
