import Foundation
import Testing
@testable import ParallaxCore

/// Money in any currency, rounded and approximate amounts, and clock times with and without zones.
@Suite struct DetailMoneyTimeTests {
    static func values(_ text: String) -> [DetailValue] { DetailLedgerTests.values(text) }

    /// The statuses of the details of `kind` (every kind when nil) that two outlets' sentences give.
    static func statuses(kind: String? = "time", _ left: String, _ right: String) -> [DetailStatus] {
        DetailLedgerTests.ledger([left], [right]).details.filter { kind == nil || $0.kind == kind }.map(\.status)
    }

    static func money(_ text: String) -> (code: String, mid: Double)? {
        for v in values(text) { if case let .money(c, l, h, _) = v { return (c, (l + h) / 2) } }
        return nil
    }

    @Test func currenciesBeyondSymbols() {
        let cases: [(String, String, Double)] = [
            ("The award carries 11 million Swedish kronor this year.", "SEK", 11e6),
            ("The award carries 10 million kronor this year.", "SEK", 10e6),
            ("The award is worth 9 million Swedish crowns.", "SEK", 9e6),
            ("The fund raised SEK 11m from investors.", "SEK", 11e6),
            ("The city spent 1.5bn yuan on the bridge.", "CNY", 1.5e9),
            ("Tickets cost 500 rupees each.", "INR", 500),
            ("Tickets cost Rs 500 each.", "INR", 500),
            ("He was fined 2 million Swiss francs last week.", "CHF", 2e6),
            ("The deal is worth 3 trillion won over ten years.", "KRW", 3e12),
            ("Brasilia set aside 5 billion reais for it.", "BRL", 5e9),
            ("The bank lost 40 million roubles.", "RUB", 40e6),
            ("The club paid 20 million lira for him.", "TRY", 20e6),
            ("The tower sold for HK$5 million in May.", "HKD", 5e6),
            ("She spent US$300 on the trip.", "USD", 300),
            ("Costs rose to 4 million Danish kroner.", "DKK", 4e6),
            ("The paintings are worth £3million, the owners say.", "GBP", 3e6),
            ("The club's new stand cost $1.2billion to build.", "USD", 1.2e9),
        ]
        for (text, code, amount) in cases {
            let m = Self.money(text)
            #expect(m?.code == code, "\(text)")
            #expect(m.map { abs($0.mid - amount) < 1e-6 * amount } == true, "\(text)")
        }
        // no country: "crowns" alone is no currency, nor is "11m" without one
        #expect(Self.money("The team won 11 crowns in a row.") == nil)
        #expect(Self.money("The wall is 11m high.") == nil)
        // a currency name that is also a word, a code that is also an abbreviation
        #expect(Self.money("The two won gold in Paris.") == nil)
        #expect(Self.money("Seoul paid 5,000 won for it.")?.code == "KRW")
        #expect(Self.money("Crews sent two SAR helicopters.") == nil)
        #expect(Self.money("The grant was 11 million SEK.")?.code == "SEK")
        #expect(Self.money("Rent is 900 EUR a month.")?.code == "EUR")
    }

    /// An amount written before its noun joins the scale word with a hyphen ("a $3.5-billion pipeline").
    @Test func hyphenatedScaleBeforeANoun() {
        #expect(Self.money("The province signed a $3.5-billion pipeline deal.").map { abs($0.mid - 3.5e9) < 1 } == true)
        #expect(Self.money("It was a €40-million refit of the old ferry.").map { abs($0.mid - 40e6) < 1 } == true)
        #expect(Self.statuses(kind: "money", "The council signed the $2.5-billion rail contract on Friday.",
                              "The council signed the $2.9 billion rail contract on Friday.") == [.conflict])
    }

    @Test func roundedAndApproximateAmountsAgree() {
        func v(_ s: String) -> DetailValue { Self.values(s).first { $0.kind == "money" }! }
        // one figure is the other rounded: the less precise one's last digit decides
        #expect(v("It carries $1.2 million.").isCompatible(with: v("It carries about $1.17 million.")))
        #expect(v("It carries $1.2 million.").isCompatible(with: v("It carries $1.17 million.")))
        #expect(!v("It carries $1.2 million.").isCompatible(with: v("It carries $1.3 million.")))
        // whole units are exact: 10 million is not 11 million rounded
        #expect(!v("It is worth 10 million kronor.").isCompatible(with: v("It is worth 11 million kronor.")))
        #expect(!v("It is worth $200,000.").isCompatible(with: v("It is worth $250,000.")))
        // a qualifier widens the figure as it does for counts: "more than $500" fits $559
        #expect(v("It cost more than $500.").isCompatible(with: v("It cost $559.")))
        #expect(!v("It cost more than $500.").isCompatible(with: v("It cost $450.")))
        #expect(v("It cost nearly $600.").isCompatible(with: v("It cost $559.")))
        // different currencies never agree
        #expect(!v("It is worth 10 million kronor.").isCompatible(with: v("It is worth $10 million.")))
        // counts: "more than 500" and "559" agree
        #expect(Self.values("More than 500 people were arrested.")[0].isCompatible(with: Self.values("Police arrested 559 people.")[0]))
    }

    @Test func prizeMoneyConflictsAcrossCurrencyNames() {
        let l = DetailLedgerTests.ledger(
            ["The committee said the prize is worth 10 million kronor, split between the winners."],
            ["The committee said the prize is worth 11 million Swedish crowns, split between the winners."])
        #expect(l.details.contains { $0.kind == "money" && $0.status == .conflict && $0.claims.count == 2 })
        let ok = DetailLedgerTests.ledger(
            ["The committee said the prize is worth $1.2 million, split between the winners."],
            ["The committee said the prize is worth about $1.17 million, split between the winners."])
        #expect(ok.details.contains { $0.kind == "money" && $0.status == .agree && $0.claims.map(\.text) == ["$1.2 million", "about $1.17 million"] })
    }

    @Test func clockTimes() {
        #expect(Self.values("The shop opens at 9.30am daily.") == [.time(9 * 60 + 30)])
        #expect(Self.values("The call came at 3 a.m. on the dot.") == [.time(180)])
        #expect(Self.values("It was not yet 3am in California.") == [.time(180)])
        #expect(Self.values("Doors close at 11:45 sharp.") == [.time(11 * 60 + 45)])
        #expect(Self.values("The result comes at 09:45 GMT.") == [.time(minutes: 9 * 60 + 45, zone: 0)])
        #expect(Self.values("Kick-off is 8pm BST.") == [.time(minutes: 20 * 60, zone: 60)])
        // not times: a decimal, a race time, a ratio of one-digit minutes
        #expect(Self.values("The index rose 9.30 points.").allSatisfy { $0.kind != "time" })
        #expect(Self.values("She won in 2:03:45 on Sunday.").allSatisfy { $0.kind != "time" })
    }

    /// Times in words with the part of the day; without it ("at three o'clock") the hour is not known.
    @Test func clockTimesInWords() {
        #expect(Self.values("The mayor spoke at half past ten in the morning.") == [.time(10 * 60 + 30)])
        #expect(Self.values("They met at a quarter to one in the afternoon.").contains(.time(12 * 60 + 45)))
        #expect(Self.values("The ferry left at quarter past six p.m. sharp.") == [.time(18 * 60 + 15)])
        #expect(Self.values("Crews came back at ten o'clock at night.") == [.time(22 * 60)])
        #expect(Self.values("Singing starts on the quay at three o'clock.").allSatisfy { $0.kind != "time" })
        #expect(Self.values("Half past the hour, nobody had come.").allSatisfy { $0.kind != "time" })
        #expect(Self.statuses("The hearing opened at half past ten in the morning.", "The hearing opened shortly after 10:30 a.m.") == [.agree])
    }

    @Test func timesInZones() {
        #expect(DetailValue.time(minutes: 11 * 60 + 45, zone: 60).isCompatible(with: .time(minutes: 10 * 60 + 45, zone: 0)))
        #expect(DetailValue.time(minutes: 20 * 60, zone: 60).isCompatible(with: .time(minutes: 21 * 60, zone: 120)))
        #expect(!DetailValue.time(minutes: 20 * 60, zone: 60).isCompatible(with: .time(minutes: 20 * 60, zone: 120)))
        #expect(DetailValue.time(minutes: 30, zone: 120).isCompatible(with: .time(minutes: 23 * 60 + 30, zone: 60)))
        // zoned and plain: the same clock reading agrees
        #expect(DetailValue.time(minutes: 123, zone: -300).isCompatible(with: .time(123)))
        #expect(Self.statuses("The final kicks off at 8pm BST in the stadium outside Munich on Saturday.", "The final kicks off at 9pm CEST in the stadium outside Munich on Saturday.").contains(.agree))
        // no zones: 8pm and 9pm may be the same instant in two countries, so no conflict
        #expect(!Self.statuses(kind: nil, "The final kicks off at 8pm in the stadium outside Munich on Saturday.", "The final kicks off at 9pm in the stadium outside Munich on Saturday.").contains(.conflict))
        // but minutes no zone explains do conflict
        #expect(Self.statuses("The rocket lifted off at 2:03 a.m. from the pad at Cape Canaveral on Thursday.", "The rocket lifted off at 2:09 a.m. from the pad at Cape Canaveral on Thursday.").contains(.conflict))
        // two stated zones: the instants decide (2:03 EST is 3:03 EDT, not 2:03 EDT)
        #expect(Self.statuses("The rocket lifted off at 2:03 a.m. EST from the pad at Cape Canaveral on Thursday.", "The rocket lifted off at 3:03 a.m. EDT from the pad at Cape Canaveral on Thursday.").contains(.agree))
        #expect(Self.statuses("The rocket lifted off at 2:03 a.m. EST from the pad at Cape Canaveral on Thursday.", "The rocket lifted off at 2:03 a.m. EDT from the pad at Cape Canaveral on Thursday.").contains(.conflict))
    }
}

/// "the fifth time in a year" and "the first time in three decades" are windows of different events.
@Suite struct DurationWindowTests {
    @Test func windowsOfDifferentEventsDoNotConflict() {
        let l = DetailLedgerTests.ledger(
            ["The committee cut rates on Thursday, the fifth time in a year that the committee had to vote twice."],
            ["The committee cut rates on Thursday, the first time in almost three decades that the committee had to vote twice."])
        #expect(!l.details.contains { $0.kind == "duration" && $0.status == .conflict })
        let same = DetailLedgerTests.ledger(
            ["The committee had to vote twice for the first time in almost three decades on Thursday."],
            ["The committee had to vote twice for the first time in its 28-year history on Thursday."])
        #expect(same.details.contains { $0.kind == "duration" && $0.status == .agree })
        let differ = DetailLedgerTests.ledger(
            ["The committee had to vote twice for the first time in five years on Thursday."],
            ["The committee had to vote twice for the first time in three decades on Thursday."])
        #expect(differ.details.contains { $0.kind == "duration" && $0.status == .conflict })
    }
}

/// "twice a year", "three times a week": how often something is given, not a length of time, so it does not
/// agree with "for at least a year" (blind13 findings: a twice-yearly injection). Our own sentences.
@Suite struct FrequencyIsNoDurationTests {
    func durations(_ text: String) -> [DetailValue] {
        DetailLedgerTests.values(text).filter { if case .duration = $0 { return true } else { return false } }
    }

    @Test func aFrequencyIsNotADuration() {
        #expect(durations("The injection is given twice a year by a nurse.").isEmpty)
        #expect(durations("Patients took the tablet three times a day with food.").isEmpty)
        #expect(durations("The committee meets once a month in the town hall.").isEmpty)
        #expect(durations("The bus now runs once an hour after seven.").isEmpty)
    }

    @Test func aLengthOfTimeStillIs() {
        #expect(durations("The drug will not be on sale for at least a year.").count == 1)
        #expect(durations("She was treated twice in a year that saw three operations.").count == 1)
    }
}

/// "about 5%" is a rounded figure and agrees with another outlet's 4.6%; a bare "5%" against "4.6%" is still two
/// figures (blind13 findings: a wire rounding a trial's rate of side effects). Our own sentences.
@Suite struct RoundedPercentTests {
    @Test func aQualifiedPercentIsAnInterval() {
        let agree = DetailMoneyTimeTests.statuses(kind: "percent",
            "Mild rashes were more common with the cream, affecting about 5% of patients.",
            "Mild rashes were more common with the cream, affecting 4.6% of patients.")
        #expect(agree == [.agree])
        let conflict = DetailMoneyTimeTests.statuses(kind: "percent",
            "Mild rashes were more common with the cream, affecting 5% of patients.",
            "Mild rashes were more common with the cream, affecting 4.6% of patients.")
        #expect(conflict == [.conflict])
        let far = DetailMoneyTimeTests.statuses(kind: "percent",
            "Mild rashes were more common with the cream, affecting about 5% of patients.",
            "Mild rashes were more common with the cream, affecting 8% of patients.")
        #expect(far == [.conflict])
    }
}
