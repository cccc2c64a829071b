import Foundation

/// Furniture of magazine pages, newsletter platforms, forums and live pages: the magazine's note on its print
/// edition and its photographer's credit, a post's like and restack counters, a comment section's heading and
/// sorting control, a live page's button for older posts, feedback and accessibility links, a comments policy, a blog post's footer.
/// Same contract as `ChromeRules.rules`: whole lines, folded and lower-cased, anchored at the line's start,
/// with a word limit.
enum EditionAndCommunityRules {
    typealias Rule = ChromeRules.Rule

    static let rules: [Rule] = [
        // "This article appears in the January 2027 print edition with the headline “…”", "A version of this
        // article appears in print on …": where the story was printed, not part of it.
        Rule(#"^(this (article|story|essay|piece|review) (appears|appeared|was published) in the .{0,60}\b(edition|issue)\b|a version of this (article|story|essay) (appears|appeared) in print\b)"#, "print-edition note", maxWords: 40),
        // "Photographs by Jane Roe", "Illustrations by …", "Video and photos by …": who made the pictures.
        Rule(#"^(photographs|photography|photos|pictures|illustrations?|illustrated|video|animation|graphics|art)( and (photographs|photography|photos|video|illustrations?|graphics))? by [\p{L}\p{M}.'’\- ]{2,50}$"#, "photo caption or credit", maxWords: 9, sentences: false),
        // "42 Likes∙7 Restacks", "1.2K likes · 340 comments": a post's counters.
        Rule(#"^[\d.,]+k? (likes?|restacks?|comments?|replies|reposts?|upvotes?|points)\b([\s∙·•|,]+[\d.,]+k? (likes?|restacks?|comments?|replies|reposts?|shares?|upvotes?|points))*\W*$"#, "counter (comments or shares)", maxWords: 8),
        // A comment section's heading and sorting control: "Discussion about this post", "Sort by: Best".
        Rule(#"^(discussion about this (post|article|story)|sort (comments )?by\s*:?\s*(best|top|new|newest|oldest|old|controversial|popular|most popular|q&a|recent|most recent))\W*$"#, "comment section", maxWords: 6),
        // A comments policy: "Disclaimer: The Example Courier encourages freedom of speech and the expression
        // of diverse views. …".
        Rule(#"^disclaimer\s*:.{0,80}\b(freedom of speech|comments?|views|opinions)\b"#, "comment section", maxWords: 80),
        // A live page's button for older posts: "Show more posts", "Load more updates".
        Rule(#"^(show|load|see|view) (more|older|newer|previous|all) (posts|updates|entries|events)\W*$"#, "live blog furniture", maxWords: 4),
        // Feedback and accessibility links: "Send us your feedback", "Skip next section Related topics".
        Rule(#"^(send us your|give( us)?( your)?|share your|leave) feedback\W*$|^skip (next|previous) section\b"#, "site navigation", maxWords: 8, sentences: false),
        // A wiki page's tabs alone on their lines: "edit", "history", "watch", "View source".
        Rule(#"^(edit|history|watch|unwatch|talk|view source|view history|edit source|what links here)$"#, "site navigation", maxWords: 3, sentences: false),
        // A wiki page's footer: 'Retrieved from "https://…"'.
        Rule(#"^retrieved from \W?https?://\S+$"#, "site navigation", maxWords: 4, sentences: false),
        // A trust link by the byline: "Why you can trust The Example Daily".
        Rule(#"^why (you can|to) trust\b"#, "site navigation", maxWords: 8),
        // A page's topic tags after a label: "Read more on: makhanda | eastern cape | water".
        Rule(#"^(read more on|filed under|more about)\s*:\s*\S"#, "topic tags", maxWords: 20, sentences: false),
        // A blog post's footer: "September 28, 2009 in Courts | Permalink | Comments (2) | TrackBack".
        Rule(#"^(.{0,80}\|\s*)?permalink(\s*\|.{0,60})?$"#, "blog post footer", maxWords: 20, sentences: false),
    ]
}
