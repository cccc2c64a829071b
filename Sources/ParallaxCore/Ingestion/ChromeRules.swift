import Foundation

/// The table of page-furniture line patterns the `Cleaner` applies, each with the reason shown to the user.
///
/// Patterns match the folded, lowercased form of a whole trimmed line (see `LineShape.key`). Each rule has a
/// word limit: furniture is short, and a long line that happens to start with "Share" is a sentence.
///
/// A rule needs only its pattern: the bytes a match starts with and the literals it must contain (the
/// tests that keep ICU away from nearly every line) are derived from the pattern text at first use, or read
/// from the table `make rule-table` stores (`RuleDerivations`), which a new rule may join later.
enum ChromeRules {
    struct Rule: Sendable {
        let pattern: LinePattern
        let reason: String
        let maxWords: Int
        /// Whether a line that ends like a sentence may still match (false for loose patterns).
        let sentences: Bool

        init(_ pattern: String, _ reason: String, maxWords: Int = 12, sentences: Bool = true) {
            self.pattern = LinePattern(pattern)
            self.reason = reason
            self.maxWords = maxWords
            self.sentences = sentences
        }
    }

    /// Lines that are page furniture wherever they appear.
    static let rules: [Rule] = [
        Rule(#"^(home|menu|main menu|open menu|close|search|navigation|skip to (main )?(content|navigation)|accessibility( help| settings| options)?|log ?in|sign ?in|sign up|register|my account|back to top|top|next|previous|prev|next (article|story|post)|previous (article|story|post)|view all|see all|show more|load more|more|all news|latest news|breaking news|live|subscribe now|español|english)\W*$"#, "site navigation", maxWords: 5),
        Rule(#"^((kindly |please )?share( full| this)?( article| story| post| page)?( on [a-z]+)?|share this [a-z][a-z\-]{1,20}|social sharing|share via (e-?mail|[a-z]+)|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|flipboard|share or comment on this (article|story)|copy link|copy url|link copied|save|save article|bookmark|gift this article|\d+ shares?|shares?|mailto|share\d)\W*$"#, "share or social button", maxWords: 6),
        // A reading list's button under the byline: "Save articles to read later and create your own reading list."
        Rule(#"^save (articles|stories|this (article|story)) (to read later|for later|to your reading list)\b"#, "save-for-later prompt", maxWords: 20),
        // A link to the outlet's rules under the story: "Find out more about our editorial standards here."
        Rule(#"^(find out|learn|read) more about (our|the) (editorial|journalistic|ethical) (standards|policies|policy|guidelines|principles|values)\b"#, "editorial-standards link", maxWords: 15),
        Rule(#"^(follow (us|@)|like us on|connect with us|find us on)\b"#, "social media prompt", maxWords: 15),
        Rule(#"^(advertisement|advertisements|advertising|ad|ads|sponsored( content)?|promoted( content)?|ad feedback|paid (post|content|partner content)|partner content|skip advertisement|supported by|story continues( below( advertisement)?)?|article continues below( advertisement)?|continue reading( below| the main story)?|scroll (down )?to continue( reading)?.*|content continues below)\W*$|^(advertisement|ad)\s*[-–—:|]\s*(scroll|continue|story continues|article continues).*$"#, "advertisement marker", maxWords: 8),
        // A subscriber's "gift" box: "Send any friend a story", "As a subscriber, you have 10 gift articles…".
        Rule(#"^(send any friend a story|as a subscriber, you have \d+ gift articles|you have \d+ gift articles|give this article|gift (this|an) article|share full article)"#, "gift-article prompt", maxWords: 30),
        Rule(#"^(read more|read also|also read|see also|read next|recommended|watch|listen|more|related( videos?| stories| story| articles?| content| coverage| links)?|click here|read the full (story|article)|more on this( story| topic)?|further reading|read|more (from|by) [^:>|»]{1,40})(\s*[:>|»]|\s+-\s)"#, "link to another article", maxWords: 30),
        Rule(#"^(read more|read also|also read|see also|read next|continue reading|click here( to [a-z ]+)?|read the full (story|article)|read more (from|of) (the|our) [a-z' ]{1,30}|watch( the)? video|watch now|listen now|play video|find out more|learn more|read more here|more on this here)\W*$"#, "link to another article", maxWords: 8),
        // Wire copy's closing note on the contributor's place ("Hale reported from Rome.").
        Rule(#"^\p{L}[\p{L}'’.\-]*( \p{L}[\p{L}'’.\-]*){0,3}( and \p{L}[\p{L}'’.\-]*( \p{L}[\p{L}'’.\-]*){0,3})? (reported|contributed|wrote) from [^.]{1,40}\.$"#, "reporting credits", maxWords: 12),
        // A call for readers' material: "Do you live in the valley? Share your pictures and stories with us: …".
        Rule(#"\b(share|send) (us )?your (pictures|photos|videos|stories|experiences|story|tips)\b.*(@|\bwith us\b|\bcontact\b)"#, "call for readers' material", maxWords: 30),
        Rule(#"^(have your say|join the debate)\W*$"#, "comment section", maxWords: 4),
        // "If you have a memory of her you'd like to share, email news@… or call the studio on …": a call for
        // readers' stories, with the address or number to send them to.
        Rule(#"^(if you (have|had|know|knew|saw|witnessed|were|are|live|lived|own|remember)|do you (have|know|live|remember)|did you (know|see|witness))\b[^"“”]*([\w.+\-]+@[\w\-]+\.[\w.]+|\b(call|phone|ring|text|whatsapp) (us|the [a-z]+)\b)"#, "call for readers' material", maxWords: 45),
        // A video player's length: "Duration 1:12".
        Rule(#"^(duration|length|runtime)\s*:?\s*\d{1,2}(:\d\d){1,2}$"#, "video player", maxWords: 3),
        // An opinion page's notice that the piece is opinion, and a letters page's rules for readers.
        Rule(#"^this (column|article|piece|commentary|op-ed|essay|content|story) (reflects|represents|expresses|contains|is) (the )?(opinion|views?|viewpoint|commentary)\b|^the following is presented as part of\b|^(the )?(views|opinions) expressed (in this|here|are)\b|^opinions (expressed )?(represent|are) (the viewpoint|those|the views?) of\b"#, "opinion-page notice", maxWords: 80),
        Rule(#"^(we (encourage|welcome|invite) (readers|letters|your letters)\b|[^.]{1,60} invites (original )?letters\b|letters to the editor (are|must|should) \b).*\bletters?\b"#, "letters-page policy", maxWords: 80),
        // An archived page's banner: "This is historical material “frozen in time”. The website is no longer updated …"
        Rule(#"^this is historical material\b|^this (page|site|website|article) (is|has been) archived\b"#, "archive notice", maxWords: 40),
        Rule(#"^search form\W*$"#, "site navigation", maxWords: 3),
        // A search box's empty state ("No Result", "View All Result"), a page's counters alone on a line
        // (comments, shares: "0"), and a category label under the headline ("in BUSINESS").
        Rule(#"^(no results?( found)?|view all results?)\W*$"#, "site navigation", maxWords: 4),
        Rule(#"^\d{1,6}$"#, "counter (comments or shares)", maxWords: 1),
        Rule(#"^(in|filed in|posted in|category:?) (news|politics|business|sport|sports|world|opinion|health|science|technology|tech|entertainment|lifestyle|local|national|international|culture|economy|education|crime)\W*$"#, "section label", maxWords: 3),
        // An ad-blocker or old-browser notice: "Dear reader, … please turn off Adblock", "Your web browser is
        // no longer supported", "please upgrade to the latest version of IE".
        Rule(#"\b(turn off|disable|pause|whitelist|switch off) (your )?ad ?-?block(er)?s?\b|\b(using|detected) an ad ?-?block(er)?\b|\bbrowser is (no longer|not) supported\b|\b(upgrade|update) (to )?(the latest version of |a newer version of |your )?(ie|internet explorer|(web )?browser)\b"#, "browser or ad-blocker notice", maxWords: 40),
        // A form for e-mailing the article: "Your Name:", "Recipient Email:".
        Rule(#"^(your|recipient'?s?|sender'?s?|friend'?s?|to|from) (name|e-?mail( address)?)\s*:?$"#, "e-mail form", maxWords: 3),
        // A stock picture's label alone: "File photo".
        Rule(#"^(file (photo|pic|picture|image)|stock (photo|image)|representational (image|photo|picture)|representative (image|photo|picture))s?\W*$"#, "photo caption or credit", maxWords: 3),
        // The BBC's licence prompt over its live pages ("Got a TV Licence?" … "I don't have a TV Licence.").
        Rule(#"^(got a tv licen[cs]e\??|i don'?t have a tv licen[cs]e\.?|you need one to watch live tv\b.*)$"#, "TV licence prompt", maxWords: 25),
        // A link to the next or previous story, with its headline: "In anticipation of mangoes Next Story".
        Rule(#"^(next|previous|prev) (story|article|post)\b|\b(next|previous) (story|article|post)$"#, "link to another article", maxWords: 15, sentences: false),
        // A page's widgets pasted as words: a video's "Download" / "Transcript" / "Live Events" tabs and an
        // embed's HTML ("<iframe src=…>").
        Rule(#"^([•·*\-] )?(download|transcript|embed|live events)\W*$"#, "page widget", maxWords: 3),
        Rule(#"^([•·*\-] )?<\/?(iframe|div|script|img|embed|video|audio|span|blockquote|figure|source|object)\b[^>]*>?"#, "embedded HTML code", maxWords: 60),
        // A transcript's notice on how it was made: "… This text may not be in its final form …".
        Rule(#"\bmay not be in (its|their) final form\b"#, "transcript notice", maxWords: 80),
        // A paper's note on its print edition: "Published in Dawn, September 22nd, 2014" (it names the outlet).
        Rule(#"^(first )?(published|printed|appeared) in (the )?[a-z][^,]{1,40}, .*\d{4}\W*$"#, "print-edition note", maxWords: 12, sentences: false),
        // A news-stand app's shelf labels: "Newspapers in English", "Newspapers from United States".
        Rule(#"^(newspapers|magazines) (in|from) [a-z ]{2,30}$"#, "page widget", maxWords: 5),
        // A press release's contact lines: "Email us at: …", "Call us at: 310-…", "Contact Us To Learn More:".
        Rule(#"^(e-?mail|call|phone|tel|telephone|fax|visit( our website)?|website|web)( us)?( at| on)?\s*:\s*\S|^contact us\b[^.]{0,60}:$"#, "press-release label or contact", maxWords: 10),
        // An article read aloud or summed up by a machine: "This audio is generated by an AI tool.",
        // "Read a summary of this article on FAST.", "The audio version of this article is generated by
        // text-to-speech, …" under a "Listen to this article" player.
        Rule(#"^(this|the) (audio|narration|summary|audio version|recording)( of this (article|story|page))? (is|was|has been) (generated|produced|created|read) (by|using|with) (an? )?(ai|artificial intelligence|automated|synthetic|computer|text-to-speech)|^read a summary of this (article|story)\b"#, "reading time or audio player", maxWords: 25),
        // A live blog's own furniture: its tabs and filters, the time-zone note, the reporters' invitation.
        Rule(#"^(key (events|posts|moments)|latest (posts|updates)|pinned posts?( from)?|live (reporting|coverage|feed|updates?)|show key events only|(newest|oldest|latest) first|auto-?(update|refresh)( on| off)?|all times (are |stated are |shown are |shown in |in )?[a-z]+( time)?|get involved)\W*$"#, "live-blog controls", maxWords: 6),
        // A running story's note on itself: "This post will be updated as new information is available.", "This
        // is a developing story. Check back for updates.", a live page's "Our live coverage has ended for the night".
        Rule(#"^(this (post|story|article|page|report|blog|live blog|live page) (will be|is being|is going to be|may be|has been|was) updated\b|this is a (developing|breaking)( news)? story\b|check back (later |soon |here )?for (more |further )?(updates|details)\b|our live coverage (has ended|is over|has now ended|has finished)\b)"#, "update notice", maxWords: 25),
        // The lead-in of an embedded document: "Read the statement:", "See the full letter below".
        Rule(#"^(read|see|view) (the |his |her |their )?(full )?(statement|letter|document|filing|ruling|complaint|indictment|lawsuit|transcript|tweet|post)( in full)?( here| below)?\s*:?$"#, "embedded document's label", maxWords: 7),
        // An embed that failed to load says so in words: "We're sorry, this feature is currently unavailable."
        Rule(#"^(we'?re sorry|we are sorry|sorry)?,? ?this (feature|content|video|widget|embed|interactive|graphic|poll) is (currently |temporarily )?(unavailable|not available)\b|^please try again later\W*$"#, "page widget", maxWords: 30),
        // A poll box: its buttons ("View results", "Vote").
        Rule(#"^(view|show|see) (the )?results|^vote( now)?\W*$"#, "poll", maxWords: 4),
        // A messaging channel's invitation: "Join The Daily Ledger Channel", "Join our WhatsApp community".
        Rule(#"^join (the|our) .{1,60}\b(channel|community|group)\W*$|^follow (the|our|us)\b.{0,60} on (whatsapp|telegram)\b"#, "newsletter or subscription prompt", maxWords: 14),
        // An advertisement's call to action closing its line ("… Register now!", "… Download now and get
        // started!"): no story sentence ends so outside a quotation.
        Rule(#"^[^"]*\b((register|download|sign up|join|subscribe|shop|order|buy|apply|bet|play|claim|install|book) now|get started( today| now)?)!$"#, "advertisement", maxWords: 40),
        // A broadcaster's promotion of its other coverage between paragraphs: "Read more stories from north
        // east Scotland", "Listen to the latest news on BBC Sounds", "Follow BBC Yorkshire on Facebook".
        Rule(#"^(read|see|find|get) (more|all|the latest) (stories|news|articles|coverage|updates|reports)\b|^(listen to|watch) (the latest|more) (news|stories|updates|episodes|videos|from)\b|^follow [^.]{1,60} on (twitter|x|facebook|instagram|tiktok|threads|bluesky|youtube|linkedin)\b|^send (us )?your (story|stories|news|pictures|photos|videos)( ideas)?\b|^(listen to|watch|see|hear) (the )?(full|whole|entire|complete) (statement|speech|interview|video|press conference|briefing|address|remarks)\b"#, "promotion of other coverage", maxWords: 20, sentences: false),
        Rule(#"^(leave|post|add|write|submit) (a |your )?(comment|reply|response)|^comment as\b|^(join|start) the (conversation|discussion)|^comments? (are|is|have been) (closed|disabled)|^be the first to (comment|reply)|^(log|sign) in to (comment|reply)|^you must be logged in|^(recent|latest|top|show|view|load|read|hide|see) (all )?(\d+ )?comments|^((\d[\d,.]*k?|no) )?comments?( \(\d[\d,.]*k?\))?\W*$|^(reply|report|report abuse|flag|thank)\W*$|^\(\d[\d,]*\)$|^please (enter|type|fill in|provide) your (comment|name|e-?mail|website)( address)?( here)?\W*$"#, "comment section", maxWords: 12),
        // "Have your say on the return of the masks in the comments below.": a prompt to comment, whatever it is on.
        Rule(#"^(what do you think|tell us what you think|let us know (in the comments|what you think)|share (what you think|your (thoughts|views)))|\b(tell|let) us( know)?( what you think| your (views|story|thoughts))? in the comments( (below|section))?\W*$|^(have your say|join the (debate|conversation)|share your (views|thoughts))\b.{0,90}\bin the comments( (below|section))?\W*$"#, "comment prompt", maxWords: 25),
        Rule(#"^the comments below have (not )?been (moderated|pre-moderated)"#, "comment section", maxWords: 12),
        Rule(#"^(subscribe|sign up|get our|join our|never miss|get the latest|get breaking|get (the|our) free\b|stay (informed|updated|up to date)|receive our|want more|become a (member|subscriber|supporter)|get the best of\b|support (our|independent) journalism|support (independent|local|quality|public-interest)( [a-z\-]+){0,2} (journalism|news|reporting)|donate)\b"#, "newsletter or subscription prompt", maxWords: 30),
        Rule(#"\bnewsletters?\b"#, "newsletter or subscription prompt", maxWords: 12, sentences: false),
        Rule(#"^(we|this (web)?site|our (web)?site|by (using|continuing|clicking|browsing)|to (give|provide|improve)|[a-z]+ uses)\b.*\bcookies?\b|^cookies?\b.*\b(use|uses|agree|accept|consent|services|experience|policy)\b|^((accept|reject|allow|manage|block|customi[sz]e)( all| necessary| essential| optional)?( cookies)?|manage (preferences|settings|consent)|i agree|i accept|got it|agree and close|(read|see|view) our privacy (notice|policy)|privacy (policy|settings)|terms (of (use|service)|and conditions))\W*$"#, "cookie or privacy notice", maxWords: 60),
        Rule(#"^\[?(©|ⓒ|\(c\)|copyright\b)|\ball rights reserved\b|\bcopyright (©|\(c\) )?\d{4}|\bunauthori[sz]ed (reproduction|redistribution|copying|use)\b.{0,40}\bprohibited\b"#, "copyright notice", maxWords: 400),
        // A licensing button and a feedback box: "License this article", "Was this article helpful?  Yes  No".
        Rule(#"^(license|licence|syndicate) this (article|story|content)\W*$|^(was|is) this (article|story|page|information) (helpful|useful)\b"#, "page widget", maxWords: 10),
        // Who paid for the reporting: "This article was produced with the support of the … Fund."
        Rule(#"^this (article|story|report|reporting|series|project|coverage|content|investigation) (was|is|has been) (produced|funded|supported|made possible|written|published|reported) (with|by|in partnership with|through|thanks to) (the )?(support|funding|a grant|grants|financial support)\b"#, "funding note", maxWords: 30),
        // A paywall's pitch: "This article is for Example subscribers. Subscribe now for unlimited access."
        Rule(#"^this (article|story|content|page) is (only )?(for|available to|available for|reserved for|exclusive to) .{0,40}\b(subscribers|members|premium)\b"#, "newsletter or subscription prompt", maxWords: 30),
        Rule(#"^\S.{0,200}\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$"#, "image file name used as a caption", maxWords: 40),
        Rule(#"^!\[[^\]]*\]\([^)]*\)\W*$"#, "image", maxWords: 40),
        Rule(#"^(photo|photograph|photos|image|images|picture|pic|illustration|graphic|video|file photo|photo credit|credit|credits|source image|main image|top image|featured image|cover image|caption)\s*(:|by\b|credit\b|/|\|)"#, "photo caption or credit", maxWords: 40),
        // Inside a line, "Picture: Jane Roe" closes a caption with its credit: a name or an agency, a few
        // words. A label followed by sentences ("THE BIGGER PICTURE: Argentina held on …") is the story's own.
        Rule(#"(getty images|shutterstock|purchase licensing rights|ap photo|afp photo|afp via getty|reuters/|/reuters\b|/afp\b|\(ap\)$|/ap\b|epa-efe|/epa\b|xinhua/|yonhap/|imago images|alamy|istock|pool photo|via reuters|\((photo|image|credit|picture)s?:|\((photo|image|picture) by|\(pictured\)|\b(photo|photograph|picture|image|credit|photos|pictures|images)s?: \S+( \S+){0,7}$|\| photo|©)"#, "photo caption or credit", maxWords: 40),
        Rule(#"^\d+\s*(min|mins|minute|minutes)( read| reading time| to read)?\W*$|^(reading time|listen to (this|the) (article|story))\b|^(listen|audio|play|pause)\W*$|^(new:? )?you can now listen to\b|^\d+:\d\d(\s*/\s*\d+:\d\d)?$"#, "reading time or audio player", maxWords: 10),
        Rule(#"^((click|tap) to (play|watch)|close|mute|unmute|replay) (the )?(video|audio|clip)\W*$|^please use .{1,30} browser for\b|^bookmark popover$|^(added to|removed from) (your )?(bookmarks|saved( articles)?|reading list)\W*$"#, "page widget", maxWords: 14),
        Rule(#"^\[[^\]\d]{2,30}\]$"#, "photo caption or credit", maxWords: 4),
        Rule(#"^(enlarge this image|view image in full ?screen|toggle caption|hide caption|show caption|view (gallery|image|slideshow|photos)|expand|collapse|click to (expand|enlarge)|open in app|read in app|get the app|download (the|our) app|this (article|story) is more than .* old|reuse this content|((this( article| story| content| page| post)? (was|is) (first )?|last )?(published|updated|posted) )?((\d+|an?|one) (second|minute|hour|day|week|month|year)s?|\d{1,2} ?(m|min|mins|h|hr|hrs)) ago|updated (at )?\d{1,2}[:.]\d\d ?(am|pm)?( ?[a-z]{2,5})?)\W*$|, opens new tab\W*$|^our standards:"#, "page widget", maxWords: 14),
        Rule(#"^\[?\d+/\d+\]"#, "photo caption or credit", maxWords: 60),
        // A caption closed by a sentence crediting where its pictures came from: "… Images via social media.",
        // "… Video courtesy of the fire service."
        Rule(#"[.!?] (photos?|images?|pictures?|videos?|footage)( courtesy)? (via|courtesy of) [\p{L}\d .&'’\-]{1,40}\.?$"#, "photo caption or credit", maxWords: 40),
        // "In this handout photo released by the rescue centre, divers …", "This image made from video shows …":
        // an agency caption's opening, whatever picture it describes.
        Rule(#"^in this ((undated|handout|file|aerial|still|video|drone|satellite|social media|courtroom|pool|family|provided|released) )*(photo|image|picture|photograph|frame grab|screen ?grab|still|video image)s?\b|^this ((undated|handout|file|aerial|video|drone|satellite) )*(photo|image|picture|photograph|frame grab|screen ?grab)s? (released|provided|made|taken|distributed|obtained|shows|courtesy)\b"#, "photo caption or credit", maxWords: 80),
        // "The verdict in the harbour trial, explained": a magazine's link to its explainer, between paragraphs.
        Rule(#"^[^.!?]{8,120}, explained$"#, "link to another article", maxWords: 14),
        // "Image source, Getty Images", "Image caption, Crews at the pier": a label, a comma, the caption.
        Rule(#"^(image|media|video|photo|picture) (caption|source|credit)s?\s*[,:]"#, "photo caption or credit", maxWords: 40),
        Rule(#"^(image|video|photo|slide) \d+ (of|/) \d+\b|^list \d+ of \d+$|^end of list$|^\d+ (of|/) \d+$|^(loading\s*(\.\.\.|…)?|please enable javascript.*|javascript is disabled.*|your browser does not support.*)$"#, "page widget", maxWords: 12),
        // A blog platform's like button as it pastes, "Like Loading...": the button's word and its loading text.
        Rule(#"^like\s+loading\s*(\.\.\.|…)?$"#, "page widget", maxWords: 3),
        // A shopping or travel site's disclosure over the story: "This article may contain affiliate links. We may
        // earn a commission if you book through them …". It tells how the site is paid, nothing of the story.
        Rule(#"^(this (article|post|page|story|guide|review|list) (may )?(contains?|includes?) affiliate links\b|(we|i) may (earn|receive) (a )?(small )?(commission|fee) (if|when|from)\b)"#, "affiliate-links disclosure", maxWords: 40),
        // A statement updated through the day stacks its updates newest first, each under a label and a clock:
        // "UPDATE 2 – 12:55 GMT", "ORIGINAL STATEMENT – 10:40 GMT". The label names no writer and tells nothing; a
        // label with the day too is the date line (`MetadataInference.dateLine`).
        Rule(#"^(update( \d{1,2})?|latest update|original (statement|post|story|article|release))\s*[\-–—:]\s*\d{1,2}[:.]\d\d\s*(am|pm|a\.m\.|p\.m\.)?\s*([a-z]{2,5})?\W*$"#, "update line", maxWords: 8),
        Rule(#"^([\-–—•*] ?)?\(?((additional )?reporting|editing|writing|compiled|produced|translated|fact-checked|edited) by\b"#, "reporting credits", maxWords: 40),
        // Wire copy's tail: "Associated Press writer Jane Roe in London contributed to this report."
        Rule(#"\bcontributed( reporting)? to this (report|story|article)( from [^.]{1,40})?\W*$"#, "reporting credits", maxWords: 30),
        // An embedded post's frame: "View this post on Instagram", "A post shared by Jane Roe (@janeroe)".
        // A writer's social handle alone on its line, bare or in brackets ("(@janeroe)"), as a byline box leaves it.
        Rule(#"^\(?@[\w.]{2,30}\)?$"#, "social media handle", maxWords: 2),
        Rule(#"^view this (post|photo|video|reel) on (instagram|facebook|tiktok|x|twitter|threads)\W*$|^an? (post|photo|video|reel) shared by\b.{0,80}\(@[\w.]{1,30}\)"#, "embedded social post furniture", maxWords: 16),
        Rule(#"^(article |news |story |content |original )?(source|sources|via)\s*:"#, "source credit", maxWords: 15),
        // "(Report & Photo courtesy AIFF Media)", "Photos courtesy of the club": who supplied the copy.
        Rule(#"^\(?((report|text|story|photos?|pictures?|images?|videos?)( (&|and) (report|text|story|photos?|pictures?|images?|videos?))?) courtesy\b[^.()]{0,60}\)?\W*$"#, "source credit", maxWords: 14),
        // A desk's sign-off: the editors' initials and the agencies used, "mkg/hc (Reuters, AFP, dpa, AP)".
        Rule(#"^[a-z]{1,4}(/[a-z]{1,4})+\s*(\([a-z]+(,\s*[a-z]+)*\))?$"#, "reporting credits", maxWords: 10),
        // A page's counters and record numbers: "Hits: 199", "News ID: 58".
        Rule(#"^(hits|views|reads|visits|news id|article id|story id|post id|id)\s*:\s*[\d,.]+$"#, "page widget", maxWords: 4),
        // A print edition's jump to another page: "See ASHBY, Page A6", "ASHBY | From A1", "Continued on Page 4".
        Rule(#"^(see|continued on|continues on|turn to) ([^,]{1,30},? )?(page|p\.) ?[a-z]?\d{1,3}\W*$|^[^|]{1,30} \| (from|continued from) (page )?[a-z]?\d{1,3}\W*$|^continued (on|from) (page )?[a-z]?\d{1,3}\W*$"#, "print-edition jump", maxWords: 8),
        // A page's footer links: "Corrections and clarifications | Submit a news tip | Report error".
        Rule(#"^(corrections( and clarifications)?|submit a (news )?tip|report (an )?(error|typo))( ?\| ?[^|]{1,40}){1,5}\W*$"#, "site navigation", maxWords: 14),
        Rule(#"^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^@\w{2,30}$|^(e-?mail|contact|follow)( (me|us|the author))?\s*:\s*\S+@\S+$"#, "author contact", maxWords: 6),
        // An address spelt out against harvesting: "jane dot roe at example dot com", "jroe [at] example.org".
        Rule(#"^[^.!?]{0,60}\s(at|\[at\]|\(at\))\s[a-z0-9\-]+(\s?(dot|\[dot\]|\(dot\))\s?|\.)(com|org|net|gov|edu|co|io|info)\b"#, "author contact", maxWords: 10),
        Rule(#"^\[(photo|image|video|graphic|gallery|ad|advertisement|embed|audio)s?\]$|^\(?end\)?$"#, "page widget", maxWords: 2),
        Rule(#"^(editor|editors|edited by|translated by|photo editor)\s*:"#, "reporting credits", maxWords: 12),
        Rule(#"^(reporting|reported|writing) from [^.]*$|^see more on\b"#, "reporting location or topic link", maxWords: 8),
        Rule(#"^(view|read) (this|the|our) (e-?mail|newsletter)( online)? in (your|a) (web )?browser|^having trouble (viewing|reading) this (e-?mail|newsletter)|^(view|open) (it |this )?in (your|a) (web )?browser\W*$|^forwarded this (e-?mail|newsletter)\??"#, "newsletter furniture", maxWords: 16),
        // E-mail newsletters pasted from the inbox: the forwarding and unsubscribe
        // footer, and the promise of an inbox ("Get the biggest stories straight to your inbox").
        Rule(#"^(forward (this|it)( e-?mail| newsletter)? to a friend|was this (e-?mail |newsletter )?forwarded to you)\b|^you( are|'re) receiving this\b|^(unsubscribe|update your (preferences|subscription)|manage (your )?(preferences|subscription))\b|\b(straight|direct|directly|delivered) (to|into) your inbox\b"#, "newsletter or subscription prompt", maxWords: 30),
        // Wire copy's notes to editors above the story: "EDS: Adds comment from …", "CORRECTION: Corrects
        // first name …", "Editor's note: …". They describe the copy, not the event.
        Rule(#"^(eds|ed|editors?'? ?notes?|editor'?s note|note to editors|correction|corrections|clarification|corrects)\s*:"#, "editor's note or correction", maxWords: 60),
        // Dated: "Clarification, Nov. 28: …", "Correction (29 November 2026): …".
        Rule(#"^(correction|clarification)s?\s*(,|\(|-|–)\s*(\p{L}{3,9}\.? \d{1,2}(,? \d{4})?|\d{1,2} \p{L}{3,9}\.?( \d{4})?)\)?\s*:"#, "editor's note or correction", maxWords: 60),
        // A Q&A's note on itself: "This interview has been edited for length and clarity."
        Rule(#"^(this|the) (interview|conversation|transcript|q&a|exchange) (has been|was|have been) ((lightly|slightly) )?(edited|condensed)\b"#, "editor's note or correction", maxWords: 20),
        // Its update note: "This story has been updated to correct …", "An earlier version of this story …".
        Rule(#"^(this (story|article|report|post) (has been|was) (updated|corrected|amended|changed) (to|with)\b|an earlier version of this (story|article|report|post)\b)"#, "editor's note or correction", maxWords: 60),
        // A forwarded e-mail's header: the divider and the address lines (the subject and date lines stay, for
        // the title and the date).
        Rule(#"^-{2,}\s*(forwarded message|original message|begin forwarded message)\s*-{2,}:?$|^(begin forwarded message|forwarded message)\s*:$|^(from|to|cc|bcc|reply-to)\s*:.*(@|<[^>]*>)"#, "e-mail header", maxWords: 30),
        // A wire reporter's contact in double parentheses: "((jane.roe@wire.example; +44 20 7555 0100))".
        Rule(#"^\(\([^()]*(@|\+?\d[\d ]{6,})[^()]*\)\)$"#, "author contact", maxWords: 20),
        // The reporter's note closing a page: "Jane Roe covers science for The Chronicle. Email: jroe@…",
        // "… is a staff writer at X. Reach her at …". Only with the contact, which no report of an event has.
        Rule(#"^[\p{L}'’.\-]+( [\p{L}'’.\-]+){1,3} (covers|reports on|writes about|is (a|an|the) ([\p{L}'’\-]+ ){0,3}(reporter|writer|correspondent|editor|journalist|columnist))\b.*(\be-?mail\s*:|[\w.+\-]+@[\w\-]+\.[\w.]+|\b(reach|contact|follow|email|e-mail) (him|her|them)\b)"#, "author note with contact", maxWords: 45),
        // A press release's furniture: its labels, end mark and media contact.
        Rule(#"^(for immediate release|(media|press|news) release|media statement|embargoed( until| till)?\b.*|-*\s*ends\s*-*|#{3}|(media|press) (contact|enquiries|inquiries)\s*:.*|for (further|more) information,? (please )?contact\b.*)$"#, "press-release label or contact", maxWords: 14),
        // A postal address under a sender's name: "Level 17, 175 Liverpool Street, Sydney NSW 2000".
        Rule(#"^((level|suite|floor|unit) \d+[a-z]?, .*|(po|p\.o\.) box \d+\b.*|\d{1,5}[a-z]? ([a-z'’.\-]+ ){1,3}(street|st|road|rd|avenue|ave|lane|place|square|terrace|drive|boulevard|parade|highway)\b,? .*\b\d{4,5})$"#, "postal address", maxWords: 14, sentences: false),
        // An embedded social post's signature: "— Jane Roe (@janeroe) March 28, 2024".
        Rule(#"^[—–\-]\s*[^()]{1,80}\(@\w{1,30}\)\s*(on )?(\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4})\W*$"#, "signature of an embedded social post", maxWords: 16),
        // A portal's note on syndicated wire copy: "(This story has not been edited by … and is auto-generated
        // from a syndicated feed.)", "(Except for the headline, this story has not been edited by … staff …)"
        Rule(#"^\(?((except for the headline,? )?this (story|report|article) has not been edited by\b|only the headline( and (the )?pictures?)? of this (story|report|article)\b|.{0,160}\bauto-generated from a syndicated feed\b)"#, "syndicated-feed note", maxWords: 60),
        // "Jane Roe can be reached at jroe@…": the reporter's address closing the page.
        Rule(#"^[\p{L}'’.\-]+( [\p{L}'’.\-]+){1,3} (can|may) be (reached|contacted) (at|on|via)\b"#, "author contact", maxWords: 16),
        Rule(#"^republish this (story|article)\b"#, "republication note", maxWords: 16),
        Rule(#"^(this (article|story|post) (was|is) (originally|first) published|originally published (on|in|at)|this (article|story) (is|was) (republished|reproduced)|republished with permission)"#, "republication note", maxWords: 40),
    ] + AppAndMailRules.rules + SiteFooterRules.rules + EditionAndCommunityRules.rules + SharedCopyRules.rules + WireChain.rules
        + OfficialPageRules.rules + PromoAndAdSlotRules.rules

    /// "Read more from Sky News:", "More on this story:", "Related:": a label whose links follow as lines.
    static let linkListLabel = LinePattern(#"^((read more|more|related|see also|also read|read also|more on this( story| topic)?|further reading|more coverage)( (from|on|about) [^:]{1,40})?\s*:|read more|see also|also read|read also|further reading|more coverage|more on this (story|topic)|related (stories|articles|coverage|content|links))$"#)

    static let pollLabel = LinePattern(#"^(question of the (day|week)|(today'?s|quick|reader|our|daily) poll|poll|have your say)\W*$"#)

    static let linkBoxStart = LinePattern(#"^list of \d+ items?$"#)
    static let linkBoxEnd = LinePattern(#"^end of list$"#)

    /// `text` is one half written twice with a space between ("A A"): the half.
    static func doubledHalf(_ text: String) -> String? {
        let u = Array(text.unicodeScalars)
        guard u.count >= 21, u.count % 2 == 1, u[u.count / 2] == " " else { return nil }
        let k = u.count / 2
        guard u[..<k].elementsEqual(u[(k + 1)...]) else { return nil }
        return ScalarText.string(u[..<k])
    }

    static let runningTime = LinePattern(#"[^\d.,:;!?] \d{1,2}:\d{2}(:\d{2})?$"#)
    static let clockLeadIns: Set<String> = ["at", "by", "until", "till", "from", "to", "before", "after", "around", "about", "since", "and", "or", "-", "–", "—", "updated", "published", "posted", "modified", "|"]

    /// A line closed by a running time ("… 06:25") after a word that does not lead into a time of day.
    static func endsInRunningTime(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 500), runningTime.matches(text) else { return false }
        let parts = text.split(separator: " ")
        guard parts.count >= 2 else { return false }
        // "Monday 12 October 2026, 12:40 | Last updated 13:55": a dateline's time, not a video's length.
        return !clockLeadIns.contains(parts[parts.count - 2].lowercased()) && DateParser.find(in: text) == nil
    }

    static let captionLabel = LinePattern(#"^(image|media|video|photo|picture) (caption|source|credit)s?\s*[,:]?$"#)

    /// "Image caption," alone on a line: the caption itself follows on the next line.
    static func isCaptionLabel(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 24) && captionLabel.matches(LineShape.key(text))
    }

    /// Markers after which the page no longer holds the story.
    static let endMarkers: Rule = Rule(#"^(related( posts| links| tags| content| articles| stories| news| coverage| topics| reading| videos)?|tags?|tagged( as| with| in)?|topics|filed under|keywords|more (from|on|in|stories|news|articles)\b[^:]*|more (features|reviews|essays|columns|obituaries|videos|podcasts|galleries|longreads|episodes)|(links|resources|books|things) (mentioned|discussed|referenced)( in| on)? (this|the|today'?s) (episode|show|podcast)|letters? policy|send us a letter|submit a letter( to the editor)?|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| articles| reading)?|most (read|popular|viewed|shared|watched)|trending( now| stories| news)?|top stories|editor'?s picks|popular( now| stories| articles)?|latest( news| stories| articles)|what to read next|don'?t miss|in other news|around the web|from the web|sponsored (links|stories)|promoted stories|recent (comments|posts|articles)|comments?( \(\d[\d,.]*k?\))?( closed| open)?|\d[\d,.]*k? comments?|leave a (comment|reply)|comment as\b.*|the following news reports may link.*|suggested (topics|reading|stories)|more stories|read next|up next|watch next|related videos?|explore more( on (this|these) topics?)?|explore further|sponsored content|(cautionary (note|statement) (regarding|about|on) )?forward-looking statements|safe harbou?r statement|\d[\d,.]*k? (replies|responses|entries)|guest ?book( entries)?|tribute wall|\d[\d,]* condolences?|condolences|about the (author|writer|columnist|contributor)s?|more for you|notes? (to|for) editors?|-*\s*ends?\s*-*)\s*:?\s*$|^(tags|topics|filed under|keywords)\s*:"#, "end of story", maxWords: 12)

    static func reason(for text: String) -> String? {
        let words = SourceLine.words(text, cap: 401)
        if LineShape.isDecoration(text) { return "separator" }
        if isMenu(text) { return "navigation menu" }
        if isBreadcrumb(text) || isGluedBreadcrumb(text) { return "breadcrumb (section path)" }
        if isSocialButtons(text) { return "share or social buttons" }
        if words <= 6, isTemplateSlot(text) { return "advertisement slot (page template)" }
        if words <= 3, isIconLabel(text) { return "icon's label" }
        if let reason = ruleReason(text, words: words) {
            return reason == "photo caption or credit" && isKickedHeadline(text) ? nil : reason
        }
        if words <= 60, endsInBracketedCredit(text) || endsInBareCredit(text) { return captionReason }
        // "Divers enter the cave. PICTURE: Jo Roe Divers enter the cave. PICTURE: Jo Roe": a caption pasted twice
        // over on one line is a caption, though twice as long as one.
        if words >= 8, words <= 130, let half = doubledHalf(text), reason(for: half) == captionReason { return captionReason }
        // "Lawyer weighs in on the sentence Lawyer on what the appeal can do 06:25": a video's title and
        // description closed by its running time (not a time of day: "… polls close at 20:00").
        if words >= 5, words <= 60, endsInRunningTime(text) { return "video (title and running time)" }
        if words <= 90, endsInPictureDate(text) { return captionReason }
        if isGluedBylineRow(text, words: words) { return "byline (glued header row)" }
        if words <= 30, isTimedTeaser(text) { return "link to another article" }
        // "… chambers in Te Awamutu. Photo / Jane Roe": a caption closed by its credit after a slash.
        if words <= 40, ScalarText.contains(text, " / "), slashCredit.matches(LineShape.key(text)) { return captionReason }
        // A button in two languages: "Comparte esta nota / Share this story" (not a byline over a handle:
        // "By: Jane Roe - Reporter / @janeroe").
        if words <= 12, ScalarText.contains(text, " / "), MetadataInference.bylineLine(text) == nil {
            let parts = text.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let r = parts.lazy.compactMap({ ruleReason($0, words: SourceLine.words($0, cap: 13)) }).first { return r }
        }
        // A section label is a word or two in capitals; "BBC 2024-07-05 08:07:23" is a source and its date.
        if words <= 4, LineShape.hasAtMost(text, scalars: 40), LineShape.isAllCaps(text), !LineShape.endsLikeSentence(text),
            !text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\u{201C}" }), DateParser.find(in: text) == nil
        {
            return "section label"
        }
        return nil
    }

    /// "15m agoRaw sewage pumped into …", "2h ago Council votes to sell": a news ticker's item, its age glued to or
    /// set before a headline. A story's sentence that opens with a time ("2 days ago, rescuers …") has a comma or
    /// a lower-case word after "ago" and ends like a sentence.
    static func isTimedTeaser(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 200), let first = text.unicodeScalars.first, ("0"..."9").contains(first),
              let ago = text.range(of: "ago") else { return false }
        let age = text[..<ago.lowerBound].replacingOccurrences(of: " ", with: "")
        let units = ["m", "min", "mins", "h", "hr", "hrs", "d", "hours", "minutes", "days"]
        guard units.contains(where: { u in age.hasSuffix(u) && age.dropLast(u.count).allSatisfy(\.isNumber) && !age.dropLast(u.count).isEmpty })
        else { return false }
        let rest = text[ago.upperBound...]
        let glued = rest.first?.isUppercase == true
        let spaced = rest.first == " " && rest.dropFirst().first?.isUppercase == true && !LineShape.endsLikeSentence(text)
        return glued || spaced
    }

    /// "VIDEO: Chaos in the chamber after senator disrupts the governor's briefing": a headline with a
    /// kicker that names its medium, not a caption. A caption or credit is short ("Video: Reuters") or a
    /// sentence.
    static func isKickedHeadline(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 200), !LineShape.endsLikeSentence(text),
              let m = kicker.firstMatch(LineShape.key(text)), m.start == 0 else { return false }
        let rest = ScalarText.slice(text, m.end, Int.max)
        return SourceLine.words(rest, cap: 7) >= 7 && !rest.contains("/") && !rest.contains("©")
            && rest.unicodeScalars.first?.properties.isAlphabetic == true
    }

    static let kicker = LinePattern(#"^(video|videos|photos|pictures|watch|in pictures|gallery)\s*:\s*"#)

    /// "BELOW SUPERNAV drop zone ⇩", "MAIN AREA TOP drop zone": a page template's named slot for
    /// advertisements, its label copied with the page.
    static func isTemplateSlot(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 60) else { return false }
        var t = text
        while let last = t.unicodeScalars.last, "⇩↓▼ ".unicodeScalars.contains(last) { t.unicodeScalars.removeLast() }
        guard t.lowercased().hasSuffix(" drop zone") else { return false }
        // The slot's name is set in capitals ("BELOW SUPERNAV"); "… land in the drop zone" is a sentence's end.
        let name = t.dropLast(" drop zone".count)
        return !name.isEmpty && name.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    /// "AI Assisted Icon", "Video Icon": an icon's alt words, two or three capitalised words closed by "Icon".
    /// A headline never ends so on so few words.
    static func isIconLabel(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 40), text.hasSuffix(" Icon") else { return false }
        let words = text.split(separator: " ")
        return (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && !["A", "An", "The", "Our", "My", "Your"].contains(String(words[0]))
    }

    static func ruleReason(_ text: String, words: Int) -> String? {
        guard LineShape.hasAtMost(text, scalars: 3000) else { return nil }
        let key = LineShape.key(text)
        // Each rule's literal prefilter (`LinePattern.mayMatch`) rejects nearly every line without ICU, which
        // is cheaper than one pass of the combined anchored expression (benchmark, README "Performance").
        let sentence = LineShape.endsLikeSentence(text)
        var dateline: Bool?
        // In place: `for rule in rules` copied every rule (its tables retained, released) for every line.
        return rules.withUnsafeBufferPointer { rules -> String? in
            for k in rules.indices where words <= rules[k].maxWords && (rules[k].sentences || !sentence) {
                guard rules[k].pattern.matches(key) else { continue }
                if rules[k].reason == captionReason {
                    if dateline == nil { dateline = datelineOpening.matches(text) }
                    if dateline == true || figurativeLabel.matches(key) { continue }
                }
                return rules[k].reason
            }
            return nil
        }
    }

    static let captionReason = "photo caption or credit"
    /// "PRETORIA (AFP/REUTERS) - South African Judge …": a story's lead under a wire dateline names its agencies
    /// the way a photo credit does ("/REUTERS"), but it is the story itself (found on real copy, where the lead
    /// of a five-outlet story was dropped as a caption).
    static let datelineOpening = LinePattern(#"^\p{Lu}[\p{Lu} .,'’-]{2,40}\s*\([\p{Lu}/ ,.&-]{2,40}\)\s*[-–—]\s+\S"#)

    /// "The bigger picture:", "A clearer image:": a label over the story's own words, as sports reports set
    /// them, not a credit, whatever the words after it.
    static let figurativeLabel = LinePattern(#"^(the|a|an) ([a-z]+ ){0,2}(picture|image|photo)s?\s*:"#)

    /// Names the marker for the removal reason ("Related Posts"), or nil when the line is not one.
    static func endMarker(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 200), SourceLine.words(text, cap: endMarkers.maxWords + 1) <= endMarkers.maxWords else { return nil }
        // "MORE OBITUARIES", "MORE BUSINESS NEWS": a label set in capitals over the links to other stories.
        if LineShape.isAllCaps(text), moreLabel.matches(LineShape.key(text)) { return "“\(text)”" }
        guard endMarkers.pattern.matches(LineShape.key(text)) else { return nil }
        return "“\(text)”"
    }

    static let moreLabel = LinePattern(#"^more [a-z]+( [a-z]+)?$"#)
}
