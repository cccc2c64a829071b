import Foundation

/// What an ad slot and a video player leave behind in a paste: the slot's own button ("Hide Ad", on every slot of
/// a large chain of regional sites, so a paste holds it several times, once between the two paragraphs of one
/// quote), "Report this ad", "AdChoices"; the player's channel promo ("Watch more of our videos on …", "and live
/// on Freeview channel 276", "Visit … now") and its embed prompt ("Copy this code to your website or blog"); a
/// newsletter's teaser between paragraphs ("Don't miss out on what's happening!", "Stay in touch with top news …
/// in your email inbox"); a video box's title line ("Media Video | Valley Tonight : Crews clear the coast road": a
/// media label, a bar, the programme's name, a colon, the clip's title), which no sentence of a story opens so; a
/// channel's promotion ("HarbourTV | Watch the skipper's interview in full"): a channel's name, a bar and an order to
/// watch or listen; a promotion closed by its button ("Seats for the spring concert are on sale now. BOOK NOW"),
/// a story's sentence ending with a stop, never with a bare order; a line of hashtags alone ("#UpTheTowers"); a
/// post's reaction counters, a symbol and a number on a line ("♡ 41", "💬 9").
/// Same contract as `ChromeRules.rules`: whole lines, folded and lower-cased, anchored at the line's start.
enum PromoAndAdSlotRules {
    typealias Rule = ChromeRules.Rule

    static let rules: [Rule] = [
        Rule(#"^((hide|close|remove|skip|report( this)?|why this) (ad|ads|advert|advertisement)|ad ?choices)\W*$"#, "advertisement marker", maxWords: 4),
        Rule(#"^((watch|see) more (of our )?videos (on|at) .{1,40}|(and )?(watch )?live on freeview( channel)? \d{1,4}|visit [\p{L}\d'’!. ]{1,30} now)\W*$"#, "video promo", maxWords: 12),
        Rule(#"^(media )?(video|videos|audio|clip)\s*\|\s*[^|:]{1,60}:\s*\S"#, "video player", maxWords: 30),
        Rule(#"^[\p{L}\d+&'’ ]{2,25} \| (watch|listen to|listen|stream)\b"#, "video promo", maxWords: 30),
        Rule(#"[.!?] (buy|book|shop|order|subscribe|sign up|register|download|listen|watch)( tickets| yours)? (now|here|today)$"#, "promotion and its button", maxWords: 40),
        Rule(#"^#[\p{L}\d_]{2,40}( #[\p{L}\d_]{2,40})*$"#, "hashtags", maxWords: 6),
        Rule(#"^[\p{So}\p{Sm}]\x{FE0F}? ?\d[\d,.]*[km]?$"#, "reaction counter", maxWords: 2),
        Rule(#"^copy (this|the) (embed )?code (to|into|for|on) your (website|site|blog)\b"#, "video player", maxWords: 12),
        Rule(#"^don'?t miss (out )?(on )?(what'?s happening|the latest|a thing|any (news|updates|stories))\W*$|^stay in touch with .{0,60}\b(inbox|newsletters?|e-?mails?)\b"#,
             "newsletter or subscription prompt", maxWords: 30),
    ]
}
