/// One hard detail found in one sentence, before comparison across outlets.
struct DetailMention: Sendable, Hashable {
    var value: DetailValue
    var paragraph: Int
    /// Index of the sentence in the paragraph.
    var sentence: Int
    var start: Int
    var end: Int
    var text: String
    /// Words near the detail that say what it is about ("tractor" for "two tractors").
    var context: Set<String>
    /// Stemmed content words within three words either side: what a conflict must share.
    var near: Set<String> = []
    /// Stemmed content words within `DetailExtractor.clauseReach` words either side: what the words around two
    /// dates, or two demands, in sentences the aligner paired may share when `near` does not ("left Portleven on
    /// 3 March" / "left Portleven on the evening of March 4"; "Prosecutors had asked for 18 years" / "Crown
    /// prosecutor Siobhán Kearney had asked for a term of at least 16 years").
    var clause: Set<String> = []
    /// Whether the value is what someone asked for ("sought a sentence of no less than 16 years", "asked for 18
    /// years", `DetailExtractor.demandVerbs`).
    var demand = false
    /// For years: the stemmed participle the year dates ("taken" in "were taken by a vicar in 1896", `YearEvents`), or
    /// `ContractEnds.marker` for the year a contract runs to. For money: the transaction the sum is, "paid" or "value"
    /// (`MoneyTransactions`).
    var event: String? = nil
    /// For named objects: the id of the aligned pair the object was found in.
    var pair: Int? = nil
    /// Places the sentence names ("munich", "france"): counts of different places are different counts.
    var places: Set<String> = []
    /// For ages: the folded family name of the person ("doue").
    var subject: String? = nil
    /// For counts: the folded name just before the number, whose count it is (`CountOwners`).
    var owner: String? = nil
    /// For times: -1 when the time is a bound the moment came before ("just before 10am"), 1 after ("shortly after
    /// 9pm"), 0 for the moment itself.
    var bound = 0
    /// For times: whether the time is said roughly ("around 8 pm"), so a moment within `DetailExtractor.roughReach`
    /// minutes fits it.
    var rough = false
}
