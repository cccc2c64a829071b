import Foundation

/// The closed word classes attribution relies on. Kept in one place so a rule never hides its own list,
/// and so the lists can grow from real copy without touching the logic. All entries are lowercase.
enum AttributionLexicon {
    /// Verbs that introduce reported speech (all common inflections listed: no stemmer guessing).
    static let speechVerbs: Set<String> = {
        let stems = [
            "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adds", "adding",
            "write", "wrote", "writes", "writing", "written", "note", "noted", "notes", "noting", "remark", "remarked",
            "remarks", "remarking", "observe", "observed", "observes", "observing", "reply", "replied", "replies",
            "replying", "respond", "responded", "responds", "responding", "answer", "answered", "answers", "ask",
            "asked", "asks", "asking", "quip", "quipped", "quips", "quipping", "joke", "joked", "jokes", "joking",
            "explain", "explained", "explains", "explaining", "state", "stated", "states", "stating", "declare",
            "declared", "declares", "announce", "announced", "announces", "insist", "insisted", "insists", "insisting",
            "argue", "argued", "argues", "arguing", "claim", "claimed", "claims", "claiming", "warn", "warned",
            "warns", "warning", "stress", "stressed", "stresses", "emphasised", "emphasized", "emphasises",
            "emphasizes", "continue", "continued", "continues", "recall", "recalled", "recalls", "recalling",
            "suggest", "suggested", "suggests", "suggesting", "confirm", "confirmed", "confirms", "acknowledge",
            "acknowledged", "acknowledges", "admit", "admitted", "admits", "admitting", "describe", "described",
            "describes", "describing", "call", "called", "calls", "calling", "urge", "urged", "urges", "urging",
            "pledge", "pledged", "pledges", "vow", "vowed", "vows", "promise", "promised", "promises", "predict",
            "predicted", "predicts", "caution", "cautioned", "cautions", "complain", "complained", "complains",
            "concede", "conceded", "concedes", "counter", "countered", "counters", "exclaim", "exclaimed",
            "shout", "shouted", "whisper", "whispered", "tweet", "tweeted", "tweets", "post", "posted", "posts",
            "comment", "commented", "comments", "commenting", "report", "reported", "reports", "reaffirm",
            "reaffirmed", "reaffirms", "reiterate", "reiterated", "reiterates", "hope", "hoped", "hopes", "dismiss",
            "dismissed", "dismisses", "conclude", "concluded", "concludes", "muse", "mused", "muses", "quote",
            "quoted", "testify", "testified", "assert", "asserted", "asserts", "agree", "agreed", "agrees", "deny",
            "denied", "denies", "pointed", "points", "label", "labelled", "labeled", "dub", "dubbed",
            "brand", "branded", "boast", "boasted", "laugh", "laughed", "chuckle", "chuckled", "sigh", "sighed",
            "read", "reads", "reading", "headlined", "texted", "messaged", "blasted", "slammed", "praised",
            "lamented", "acknowledging", "wondered", "wonders", "demanded", "demands", "urging",
            "inquire", "inquired", "proclaimed", "thundered", "predicting", "repeated", "repeats", "promising",
            "vowing", "pledging", "insisting", "declaring", "announcing", "explaining", "recalling", "answering",
            "hail", "hailed", "hails", "hailing", "accusing", "accuses", "accused", "gushed", "raged", "fumed", "beamed",
            "mention", "mentioned", "mentions", "recount", "recounted", "recounts", "recounting", "disclose",
            "disclosed", "discloses", "reveal", "revealed", "reveals", "retort", "retorted", "retorts", "confide",
            "confided", "contend", "contended", "contends", "maintain", "maintained", "maintains", "allege",
            "alleges", "interject", "interjected", "scoff", "scoffed", "snap", "snapped", "underline",
            "underlined", "underscore", "underscored", "term", "termed", "terms",
            // an appeal reported as speech ("“Please find them,” a tearful Jo Roe pleaded")
            "plead", "pleaded", "pleads", "beg", "begged", "begs",
            // a cry reported as speech ("the man cried “…”", "a neighbour yelled: “…”")
            "cried", "yelled", "screamed",
            // a court's findings, as court reporting quotes them: "the judge found that “…”"
            "found", "ruled",
        ]
        return Set(stems)
    }()

    /// Speech verbs that need a document-like subject ("a headline read", "the statement reads").
    static let readVerbs: Set<String> = ["read", "reads", "reading"]

    /// Nouns naming a text that speaks for its publisher ("a headline in X", "an editorial in X").
    static let publishedTexts: Set<String> = [
        "headline", "headlines", "editorial", "statement", "report", "article", "column", "post", "tweet",
        "caption", "banner", "front", "page", "commentary", "op-ed", "release", "letter", "notice", "sign",
    ]

    /// Words skipped between a subject and its verb ("Xi reportedly replied", "she had told").
    static let verbModifiers: Set<String> = [
        "also", "then", "later", "again", "once", "further", "has", "had", "have", "was", "were", "is", "are",
        "would", "will", "did", "does", "do", "not", "never", "just", "only", "even", "still", "earlier",
        "previously", "simply", "now", "once", "first", "finally", "too", "reportedly", "allegedly", "always",
        "often", "sometimes", "usually",
    ]

    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    static let personalPronouns: Set<String> = ["he", "she"]

    static let relativePronouns: Set<String> = ["who", "which", "whom"]

    /// Nouns for what someone said, in "his first words were “…”" / "Lee's reply: “…”".
    static let speechNouns: Set<String> = [
        "words", "remarks", "remark", "message", "reply", "response", "answer", "statement", "comment",
        "comments", "greeting", "verdict", "advice", "question", "words:", "line", "quip", "joke", "retort",
    ]

    static let possessivePronouns: Set<String> = ["his", "her"]

    /// Lowercase words that may join a capitalised run ("Bank of England", "Charles de Gaulle").
    static let nameConnectors: Set<String> = ["of", "de", "da", "di", "du", "del", "della", "von", "van", "der", "den", "la", "le", "bin", "ibn", "al", "ur", "ul", "ud", "ole"]

    /// Words that start a leading subordinate phrase whose names are not the main subject.
    static let subordinators: Set<String> = [
        "when", "while", "as", "after", "before", "because", "although", "though", "if", "since", "once", "upon",
        "during", "despite", "following", "ahead", "on", "in", "at", "with", "without", "asked", "speaking",
        "pointing", "stressing", "responding", "referring", "addressing", "unlike", "like", "whereas", "until",
    ]

    static let prepositions: Set<String> = [
        "in", "at", "from", "to", "of", "on", "with", "by", "for", "about", "into", "over", "near", "between",
        "against", "toward", "towards", "across", "through", "under", "after", "before", "during", "since",
        "upon", "via", "within", "without", "among", "amid", "around", "like",
    ]

    /// Determiners and quantifiers that start an unnamed speaker's phrase ("one user", "both governments").
    static let determiners: Set<String> = [
        "a", "an", "the", "one", "another", "both", "some", "many", "several", "two", "three", "four", "most",
        "other", "others", "each", "every", "few", "his", "her", "their", "its", "our", "this", "that", "these",
        "those", "no", "any", "all",
    ]

    /// Words that cannot be the head of a speaker phrase even though they precede a verb.
    static let nonSpeakerHeads: Set<String> = [
        "that", "which", "what", "it", "this", "there", "and", "or", "but", "so", "then", "as", "if", "when",
        "because", "while", "also", "who", "not", "to", "be", "been", "being", "the", "a", "an",
        // a possessive alone is no speaker ("in his remarks, “…”")
        "his", "her", "their", "its", "our", "my", "your",
    ]

    /// Capitalised words that start sentences or name times, not people or organisations.
    static let capitalizedNonNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "when", "while", "however", "during", "upon", "another", "both", "one",
        "it", "he", "she", "they", "we", "i", "you", "this", "that", "those", "these", "as", "after", "before",
        "for", "but", "and", "or", "yet", "so", "if", "his", "her", "their", "its", "our", "my", "your", "there",
        "here", "what", "who", "why", "how", "where", "with", "without", "from", "to", "by", "of", "despite",
        "although", "though", "since", "instead", "meanwhile", "still", "then", "now", "also", "even", "all",
        "some", "many", "most", "several", "each", "every", "no", "not", "notably", "domestically", "according",
        "related", "share", "comment", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "ahead", "following", "like", "unlike", "whether", "because", "until", "once", "over",
        "stressing", "pointing", "light", "symbolic", "local", "former", "veteran", "senior", "new", "young", "broader", "governments", "countries", "observers",
        "analysts", "officials", "just", "only", "about", "do", "did", "does", "is", "are", "was", "were",
        "be", "been", "will", "would", "can", "could", "should", "must", "may", "might", "i'm", "it's",
        "that's", "there's", "we're", "they're", "let", "let's", "thank", "thanks", "yes", "no", "oh",
        // A sentence may open with any preposition ("Among the survivors is …").
        "into", "near", "between", "against", "toward", "towards", "across", "through", "under", "within",
        "among", "amid", "around", "beyond", "behind", "beside", "besides", "along", "throughout", "inside",
        "outside",
    ]

    /// Title words inside a capitalised run: the name is what follows the last of them
    /// ("Chinese President Xi Jinping" → "Xi Jinping").
    static let titles: Set<String> = [
        "president", "prime", "minister", "premier", "chancellor", "secretary", "mr", "mrs", "ms", "miss", "dr",
        "professor", "prof", "sen", "senator", "rep", "representative", "gov", "governor", "king", "queen",
        "prince", "princess", "pope", "general", "gen", "chairman", "chairwoman", "chair", "ceo", "spokesman",
        "spokeswoman", "spokesperson", "leader", "ambassador", "judge", "justice", "mayor", "deputy", "vice",
        "director", "chief", "officer", "lady", "sir", "dame", "lord", "foreign", "defence", "defense",
        "finance", "state", "first", "supreme", "commander", "colonel", "col", "captain", "capt", "lt",
        "lieutenant", "sgt", "sergeant", "rev", "reverend", "father", "sister", "brother", "coach", "emperor",
        "crown", "speaker", "justice", "attorney", "detective", "inspector", "officer", "agent", "adviser",
        "advisor", "executive", "founder", "editor", "host", "anchor", "chancellor", "envoy", "commissioner",
        "cardinal", "bishop", "archbishop", "rabbi", "imam", "pastor", "sheikh", "ayatollah", "patriarch", "dean",
        "mp", "mep", "msp", "mla", "congressman", "congresswoman", "councillor", "councilor", "forecaster",
        // police ranks and court titles ("Detective Superintendent Jane Roe", "Det Supt Roe", "Magistrate Roe")
        "superintendent", "supt", "det", "insp", "constable", "magistrate", "cllr", "coun", "alderman", "alderwoman",
        "coroner",
        // military ranks as wire copy abbreviates them ("Rear Adm. Jo Roe", "Brig. Gen. Jo Roe", "Maj. Roe")
        "adm", "admiral", "rear", "brig", "brigadier", "maj", "cmdr", "cpl", "corporal", "marshal",
    ]

    /// Lowercase role words right before or in an appositive after a name: evidence of a person.
    static let roles: Set<String> = [
        "president", "spokesman", "spokeswoman", "spokesperson", "premier", "minister", "leader", "advisor",
        "adviser", "official", "professor", "historian", "analyst", "chancellor", "secretary", "senator",
        "governor", "executive", "ceo", "director", "ambassador", "diplomat", "lawmaker", "chairman", "chief",
        "aide", "envoy", "economist", "researcher", "expert", "author", "journalist", "correspondent", "editor",
        "head", "founder", "coach", "player", "actor", "singer", "wife", "husband", "son", "daughter", "mother",
        "father", "brother", "sister", "scientist", "lawyer", "attorney", "judge", "mayor", "candidate",
        "activist", "officer", "commander", "general", "king", "queen", "prince", "princess", "pope", "host",
        "director", "manager", "student", "teacher", "doctor", "resident", "witness", "spokesperson", "chair",
        "emperor", "fellow", "scholar", "writer", "novelist", "artist", "musician", "farmer", "worker",
        "owner", "partner", "colleague", "friend", "predecessor", "successor", "counterpart", "rival",
        "opponent", "politician", "legislator", "representative", "congressman", "congresswoman", "dean",
        "lecturer", "strategist", "commentator", "columnist", "blogger", "designer", "engineer", "architect",
        "nurse", "seminarian", "priest", "nun", "cardinal", "bishop", "archbishop", "pilgrim", "baker", "broker",
        "missionary", "pope", "pontiff", "captain", "pilot", "astronaut", "veteran", "retiree", "pensioner",
        "shopkeeper", "trader", "investor", "banker", "economist", "spokesman", "governor", "minister", "mp",
        "councillor", "councilor", "sheriff", "prosecutor", "defendant", "victim", "survivor", "mother", "parent",
        "user", "fan", "voter", "tourist", "visitor", "passenger", "customer", "volunteer", "organiser", "organizer",
        "police", "prosecutors", "officials", "spokespeople", "source", "sources", "insider", "insiders",
        "barrister", "solicitor", "liquidator", "convenor", "convener", "psychiatrist", "practitioner", "gp",
        "coordinator", "treasurer", "trustee", "accountant", "auditor", "magistrate", "coroner", "grandson",
        "granddaughter", "grandmother", "grandfather", "nephew", "niece", "uncle", "aunt", "cousin", "man",
        "woman", "boy", "girl",
    ]

    /// Words that mark a capitalised run as an organisation, publication or place rather than a person.
    static let organisationWords: Set<String> = [
        "university", "college", "school", "institute", "ilbo", "shinmun", "times", "news", "post", "daily",
        "agency", "ministry", "party", "council", "group", "company", "inc", "corp", "co", "ltd", "bank",
        "association", "committee", "office", "house", "department", "network", "broadcasting", "television",
        "tv", "radio", "herald", "journal", "tribune", "telegraph", "guardian", "press", "gazette", "government",
        "korea", "china", "states", "kingdom", "union", "nations", "republic", "city", "province", "county",
        "street", "river", "mountain", "island", "sea", "ocean", "strait", "peninsula", "summit", "economic",
        "cooperation", "foundation", "center", "centre", "museum", "court", "congress", "parliament", "assembly",
        "army", "navy", "force", "forces", "police", "service", "services", "electronics", "motors", "airlines",
        "media", "magazine", "review", "weekly", "monthly", "channel", "broadcaster", "tech", "technologies",
        "systems", "labs", "club", "league", "team", "fc", "festival", "award", "prize", "war", "act", "bill",
        "capital", "partners", "holdings", "securities", "investments", "research", "aerospace", "administration",
        "commission", "authority", "federal", "national", "international", "organisation", "organization",
        "board", "fund", "trust", "society", "church", "chapel", "basilica", "cathedral", "square",
        "beach", "airport", "station", "palace", "embassy", "consulate", "alliance", "archdiocese", "diocese",
        "corporation", "limited", "plc", "llc", "gmbh", "ag", "sa", "airways", "railways", "energy", "oil",
    ]
}
