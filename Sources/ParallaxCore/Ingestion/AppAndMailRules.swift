import Foundation

/// Furniture of the kinds of page a reader pastes beside news sites proper: aggregators and portals (their
/// privacy links, "Show full article"), e-mail newsletters and their sign-offs, mobile and AMP pages (reading
/// time, "Track latest news …"), print editions ("From page 4") and video pages ("Watch the video above").
/// Same contract as `ChromeRules.rules`: whole lines, folded and lower-cased, with a word limit.
enum AppAndMailRules {
    typealias Rule = ChromeRules.Rule

    /// A site's section names, any four or more of which in a row make a menu line.
    private static let menuSections = #"home|news|politics|metro|sports?|business|opinion|entertainment|world|lifestyle|health|tech|technology|science|culture|arts|travel|money|markets|videos?|live|local|national|international|education|weather|features|columns|editorial|crime|economy|jobs|property|food|fashion|music|movies|tv|more|latest|africa|nigeria|india|uk|us"#

    static let rules: [Rule] = [
        // A consent banner's heading and a portal's footer links: "We value your privacy", "Privacy Dashboard",
        // "Terms and Privacy Policy".
        Rule(#"^(we (value|respect|care about) your privacy|your privacy (choices|matters|options)|privacy (dashboard|centre|center|preferences|choices)|(terms|terms of (use|service)) (and|&) privacy( policy)?|privacy (and|&) cookies?( policy)?)\W*$"#, "cookie or privacy notice", maxWords: 6),
        // "Find The Example Herald on WhatsApp", "Follow us on Google News": where else the site is.
        Rule(#"^(find|follow|join|get) [^.]{1,50} on (whatsapp|telegram|google news|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky)\W*$"#, "social media prompt", maxWords: 10),
        // "Join the Wearside Echo WhatsApp community for the latest news".
        Rule(#"^join (the |our )?[^.]{0,40}\b(whatsapp|telegram|facebook|discord|signal) (community|channel|group)\b"#, "social media prompt", maxWords: 16),
        // A newsletter platform's pitch and buttons: "Thanks for reading …! Subscribe for free …", "Restack".
        Rule(#"^thanks? (you )?for reading\b.*\b(subscribe|sign up|support)\b"#, "newsletter or subscription prompt", maxWords: 30),
        Rule(#"^(like|restack|liked)\W*$"#, "share or social button", maxWords: 1),
        // A paywall's pitch: "Enjoy unlimited access to The Example Daily. Subscribe now."
        Rule(#"^(enjoy|get|unlock|gain) (unlimited|full|premium|unrestricted) (digital )?access\b"#, "newsletter or subscription prompt", maxWords: 30),
        // A sign-up box's consent line: "By providing an email address, I agree to the Terms of Use …".
        Rule(#"^by (providing|entering|submitting|signing up with) (an|your) e-?mail( address)?\b|^i agree to the terms (of (use|service)|and conditions)\b"#, "newsletter or subscription prompt", maxWords: 45),
        // A video page's pointer to its player: "Watch the video above for more."
        Rule(#"^(watch|see|listen to|hear) (the|our) (full |whole )?(video|clip|report|interview|story|segment)s? (above|below)\b"#, "video or audio widget", maxWords: 12),
        // A portal's promotion of itself under the story: "Track Latest News Live on example.com and get news
        // updates from India and around the world". (Rules here start at the line's start: an unanchored one
        // would be searched through every sentence of every story.)
        Rule(#"^track (the )?latest news\b"#, "promotion of other coverage", maxWords: 30, sentences: false),
        // An AMP page's button to the rest of the story, and its reading time with a label.
        Rule(#"^(show|read|view) (the )?full (article|story|text)\W*$"#, "site navigation", maxWords: 4),
        Rule(#"^(read|reading|estimated reading) time\s*:?\s*(about )?\d+\s*(min|mins|minutes?)\W*$"#, "reading time or audio player", maxWords: 6),
        // A newsletter's arrow before its link: "👉 Read the full story", "➡️ Read more".
        Rule(#"^[\p{So}\p{Sk}\x{2190}-\x{21FF}>»\s]+(read|see|get|watch) (the full (story|article|report)|more|the story)\W*$"#, "link to another article", maxWords: 6),
        // A print edition's continuation: "From page 4", "From Page A1".
        Rule(#"^(from|continued from) (page|p\.?) ?[a-z]?\d{1,3}\W*$"#, "print-edition jump", maxWords: 4),
        // A ticker's headline set over the masthead: "Breaking: Fuel queues return to the capital".
        Rule(#"^(breaking( news)?|just in|developing( story)?|news alert)\s*[:|–—-]\s*\S"#, "news ticker", maxWords: 20, sentences: false),
        // A site's menu pasted without its separators: "Home News Politics Metro Sports Business Opinion".
        Rule("^(\(menuSections))( (\(menuSections))){3,}$", "navigation menu", maxWords: 20, sentences: false),
        // A newsletter's sign-off: "That's it from me. I'll be back in your inbox tomorrow."
        // (A live page's "That's it from us for now. The next prize is announced tomorrow." is no e-mail's.)
        Rule(#"^that'?s (it|all)( from (me|us)| for (today|this week|now|this morning|tonight))\b.*\b(inbox|e-?mail|newsletter|forward this|subscribe|reply)\b|^see you in your inbox\b|^reply to this e-?mail\b"#, "newsletter sign-off", maxWords: 30),
        // A sign-up box's field, button and messages: "Enter your email", "Thank you for subscribing!", "Invalid
        // email", "Something went wrong, please try again later."
        Rule(#"^(\[?\s*(enter|type) (your )?e-?mail( address)?( here)?\s*\]?(\s+(subscribe|sign up|submit|join|go))?|thanks? (you )?for (subscribing|signing up)|invalid e-?mail( address)?|something went wrong,? (please )?try again( later)?|we have more newsletters|show me)\W*$"#, "newsletter or subscription prompt", maxWords: 8),
        // A script-run widget's placeholder: "Please turn on JavaScript to use this feature".
        Rule(#"^(please )?(turn on|enable|activate) javascript\b"#, "page widget", maxWords: 16),
        // A site's edition in another language and its plea: "Read the original in Portuguese", "Leia em português",
        // "X's journalism depends on subscribers. Subscribe".
        Rule(#"^(read (the original|this (article|story)|it) in [\p{L}]+|leia em portugu[eê]s|lea en espa[nñ]ol|lire en fran[cç]ais|auf deutsch lesen)\W*$"#, "link to another edition", maxWords: 8),
        Rule(#"^[^.]{1,60} (journalism|reporting) (depends|relies) on (its |our )?(subscribers|readers|your support)\b"#, "newsletter or subscription prompt", maxWords: 20),
        // A search engine's or an archive's copy of the page: "This is Google's cache of https://… It is a snapshot
        // of the page as it appeared on …", its "Full version" / "Text-only version" / "View source" links and tip.
        Rule(#"^this is [\p{L}]+'?s cache of\b|^(full|text-only|text only) version\W*$|^tip: to quickly find your search term\b"#, "cached copy's banner", maxWords: 60),
        // A company's e-mail under its sign-off: where it is registered ("Medlark Ltd is registered in England and
        // Wales. Registered office: …", "Tarnside Water Limited. Registered in England and Wales No. 2366102."). A
        // story's sentence saying where a firm is registered names no registered office or number.
        Rule(#"^([^.]{1,60}(\.\s+| (is|are) ))?registered in\b.*\b(registered (office|number|no)\b|company (number|no)\b|(no|number)\.? ?\d)|^registered office\s*:"#, "company registration footer", maxWords: 80),
        // "This is a service e-mail about your account.": why the message came, under it.
        Rule(#"^this is an? (service|transactional|system|automated|operational|account) (e-?mail|message)\b"#, "newsletter or subscription prompt", maxWords: 40),
        // "Your activation code: MDLK-7Q2F-KX91", "Booking reference: QX12RT": the reader's own code.
        Rule(#"^(your )?(activation|reference|booking|order|account|customer|membership|promo|promotion|voucher|discount|confirmation) (code|number|reference)( is)?\s*:?\s*[a-z0-9][a-z0-9\-* ]{3,30}$"#, "reader's own code or number (e-mail)", maxWords: 8, sentences: false),
    ]
}
