//! The words the contact check reads around a candidate, in English, Spanish, Portuguese,
//! French and German. Context words raise or lower a candidate's confidence; they never make a
//! finding on their own.

/// Number words to their digit, for phone numbers written out ("five five five…").
pub fn number_word(word: &str) -> Option<&'static str> {
    unit(&word.to_lowercase())
}

/// [`number_word`] for a word already in lower case.
fn unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "zero" | "oh" | "cero" | "zéro" | "null" | "nul" => "0",
        "one" | "uno" | "una" | "um" | "uma" | "un" | "une" | "eins" | "ein" => "1",
        "two" | "dos" | "dois" | "duas" | "deux" | "zwei" | "zwo" => "2",
        "three" | "tres" | "três" | "trois" | "drei" => "3",
        "four" | "cuatro" | "quatro" | "quatre" | "vier" => "4",
        "five" | "cinco" | "cinq" | "fünf" | "fuenf" | "funf" => "5",
        "six" | "seis" | "meia" | "sechs" => "6",
        "seven" | "siete" | "sete" | "sept" | "sieben" => "7",
        "eight" | "ocho" | "oito" | "huit" | "acht" => "8",
        "nine" | "nueve" | "nove" | "neuf" | "neun" => "9",
        _ => return None,
    })
}

/// How many digits a lower-case word stands for (0 when it is no number word), without
/// allocating: the quick look before the digit view is built.
pub fn digits_in_word(word: &str) -> usize {
    if unit(word).is_some() {
        1
    } else if teen(word).is_some() || tens(word).is_some() || word.starts_with("veinti") {
        2
    } else if hundreds(word).is_some() || matches!(word, "hundred" | "cents") {
        3
    } else if let Some((u, t)) = word.split_once("und") {
        if unit(u).is_some() && tens(t).is_some() {
            2
        } else {
            0
        }
    } else {
        0
    }
}

/// Ten to nineteen.
fn teen(word: &str) -> Option<u32> {
    Some(match word {
        "ten" | "diez" | "dez" | "dix" | "zehn" => 10,
        "eleven" | "once" | "onze" | "elf" => 11,
        "twelve" | "doce" | "doze" | "douze" | "zwölf" | "zwoelf" => 12,
        "thirteen" | "trece" | "treze" | "treize" | "dreizehn" => 13,
        "fourteen" | "catorce" | "catorze" | "quatorze" | "vierzehn" => 14,
        "fifteen" | "quince" | "quinze" | "fünfzehn" | "fuenfzehn" => 15,
        "sixteen" | "dieciséis" | "dieciseis" | "dezesseis" | "dezasseis" | "seize"
        | "sechzehn" => 16,
        "seventeen" | "diecisiete" | "dezessete" | "dezassete" | "dix-sept" | "siebzehn" => 17,
        "eighteen" | "dieciocho" | "dezoito" | "dix-huit" | "achtzehn" => 18,
        "nineteen" | "diecinueve" | "dezenove" | "dezanove" | "dix-neuf" | "neunzehn" => 19,
        _ => return None,
    })
}

/// Twenty to ninety.
fn tens(word: &str) -> Option<u32> {
    Some(match word {
        "twenty" | "veinte" | "vinte" | "vingt" | "zwanzig" => 20,
        "thirty" | "treinta" | "trinta" | "trente" | "dreißig" | "dreissig" => 30,
        "forty" | "cuarenta" | "quarenta" | "quarante" | "vierzig" => 40,
        "fifty" | "cincuenta" | "cinquenta" | "cinquante" | "fünfzig" | "fuenfzig" => 50,
        "sixty" | "sesenta" | "sessenta" | "soixante" | "sechzig" => 60,
        "seventy" | "setenta" | "septante" | "siebzig" => 70,
        "eighty" | "ochenta" | "oitenta" | "quatre-vingt" | "quatre-vingts" | "huitante"
        | "octante" | "achtzig" => 80,
        "ninety" | "noventa" | "nonante" | "neunzig" => 90,
        _ => return None,
    })
}

const UNIT_WORDS_RE: &str = "zero|oh|cero|zéro|null|nul|one|uno|una|um|uma|un|une|eins|ein|\
two|dos|dois|duas|deux|zwei|zwo|three|tres|três|trois|drei|four|cuatro|quatro|quatre|vier|\
five|cinco|cinq|fünf|fuenf|funf|six|seis|meia|sechs|seven|siete|sete|sept|sieben|\
eight|ocho|oito|huit|acht|nine|nueve|nove|neuf|neun";
const TEEN_WORDS_RE: &str = "dix-sept|dix-huit|dix-neuf|ten|diez|dez|dix|zehn|eleven|once|onze|\
elf|twelve|doce|doze|douze|zwölf|zwoelf|thirteen|trece|treze|treize|dreizehn|fourteen|catorce|\
catorze|quatorze|vierzehn|fifteen|quince|quinze|fünfzehn|fuenfzehn|sixteen|dieciséis|dieciseis|\
dezesseis|dezasseis|seize|sechzehn|seventeen|diecisiete|dezessete|dezassete|siebzehn|eighteen|\
dieciocho|dezoito|achtzehn|nineteen|diecinueve|dezenove|dezanove|neunzehn";
const TENS_WORDS_RE: &str = "quatre-vingts?|twenty|veinte|vinte|vingt|zwanzig|thirty|treinta|\
trinta|trente|dreißig|dreissig|forty|cuarenta|quarenta|quarante|vierzig|fifty|cincuenta|\
cinquenta|cinquante|fünfzig|fuenfzig|sixty|sesenta|sessenta|soixante|sechzig|seventy|setenta|\
septante|siebzig|eighty|ochenta|oitenta|huitante|octante|achtzig|ninety|noventa|nonante|neunzig";

/// Every single number word (units, teens, tens) of the five languages.
pub fn number_phrase_words() -> Vec<&'static str> {
    [
        UNIT_WORDS_RE,
        TEEN_WORDS_RE,
        TENS_WORDS_RE,
        HUNDREDS_RE,
        "hundred",
    ]
    .iter()
    .flat_map(|alt| alt.split('|'))
    .filter(|w| !w.contains('?'))
    .collect()
}

/// The regex alternation for one number said in words: a digit, ten to ninety-nine in each
/// language ("cincuenta y seis", "soixante-dix-sept", "sechsundfünfzig", "veintidós"), and
/// "double five" / "triple nine".
pub fn number_phrase_pattern() -> String {
    // Each word list appears as few times as possible: the pattern is compiled once per process
    // that meets a number, and its size is its cost.
    let two = format!(
        "(?:(?:{TENS_WORDS_RE})(?:(?:[\\s-]+(?:(?:y|e|et)[\\s-]+)?|-)(?:{TEEN_WORDS_RE}|{UNIT_WORDS_RE}))?\
|(?:{UNIT_WORDS_RE})(?:und(?:{TENS_WORDS_RE}))?\
|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)\
|{TEEN_WORDS_RE})"
    );
    format!(
        "(?:(?:{HUNDREDS_RE})|(?:{UNIT_WORDS_RE})[\\s-]+(?:hundred|cents?|hundert))(?:(?:[\\s-]+(?:(?:y|e|and)[\\s-]+)?)?{two})?\
|{two}\
|(?:double|triple)[\\s-]+(?:{UNIT_WORDS_RE}|[0-9])"
    )
}

/// Hundreds said in one word (Spanish, Portuguese), as phone numbers are read in those groups.
const HUNDREDS_RE: &str = "doscientos|trescientos|cuatrocientos|quinientos|seiscientos|\
setecientos|ochocientos|novecientos|ciento|cien|duzentos|trezentos|quatrocentos|quinhentos|\
seiscentos|setecentos|oitocentos|novecentos|cento|cem|cent|hundert";

fn hundreds(word: &str) -> Option<u32> {
    Some(match word {
        "cien" | "ciento" | "cem" | "cento" | "cent" | "hundert" => 1,
        "doscientos" | "duzentos" => 2,
        "trescientos" | "trezentos" => 3,
        "cuatrocientos" | "quatrocentos" => 4,
        "quinientos" | "quinhentos" => 5,
        "seiscientos" | "seiscentos" => 6,
        "setecientos" | "setecentos" => 7,
        "ochocientos" | "oitocentos" => 8,
        "novecientos" | "novecentos" => 9,
        _ => return None,
    })
}

/// The digits a phrase matched by [`number_phrase_pattern`] stands for.
pub fn number_phrase(phrase: &str) -> Option<String> {
    let lower = phrase.to_lowercase();
    if matches!(lower.as_str(), "cent" | "hundert") {
        return None; // "50 cent", "hundert Mal": French and German hundreds need a number
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !matches!(*w, "y" | "e" | "et"))
        .collect();
    let joined = |w: &[&str]| w.join("-");
    // "seiscientos doce", "six hundred and five": three digits.
    let (head, rest) = match words.as_slice() {
        [h, rest @ ..] if hundreds(h).is_some() => (hundreds(h), rest),
        [u, "hundred" | "cent" | "cents" | "hundert", rest @ ..] => {
            (unit(u).and_then(|d| d.parse().ok()), rest)
        }
        _ => (None, &words[..]),
    };
    if let Some(h) = head {
        let rest: Vec<&str> = rest.iter().copied().filter(|w| *w != "and").collect();
        if rest.is_empty() {
            return Some((h * 100).to_string());
        }
        let tail: u32 = number_phrase(&rest.join(" "))?.parse().ok()?;
        return Some((h * 100 + tail).to_string());
    }
    if let [rep @ ("double" | "triple"), d] = words.as_slice() {
        let digit = if d.len() == 1 && d.chars().all(|c| c.is_ascii_digit()) {
            d
        } else {
            number_word(d)?
        };
        return Some(digit.repeat(if *rep == "double" { 2 } else { 3 }));
    }
    if let Some(rest) = lower.strip_prefix("veinti") {
        return Some(format!(
            "2{}",
            number_word(&rest.replace('é', "e")).or_else(|| number_word(rest))?
        ));
    }
    if let Some((Some(u), Some(t))) = lower
        .split_once("und")
        .map(|(unit, ten)| (number_word(unit), tens(ten)))
    {
        return Some((t + u.parse::<u32>().ok()?).to_string());
    }
    // "quatre-vingt-dix-sept": the tens word may itself have a hyphen.
    for split in (1..=words.len()).rev() {
        if let Some(t) = tens(&joined(&words[..split])) {
            let rest = joined(&words[split..]);
            if rest.is_empty() {
                return Some(t.to_string());
            }
            if let Some(n) = teen(&rest) {
                return Some((t + n).to_string());
            }
            if let Some(d) = number_word(&rest) {
                return Some((t + d.parse::<u32>().ok()?).to_string());
            }
        }
    }
    if let Some(n) = teen(&joined(&words)) {
        return Some(n.to_string());
    }
    number_word(&lower).map(str::to_string)
}

/// Messaging apps and social networks, with their usual short names.
pub const APPS: &str = "skype|telegram|tg|whats\\s?app|whatsap|wa|zap|wpp|wechat|weixin|discord|\
signal|viber|kik|snapchat|snap|instagram|insta|ig|facebook|fb|messenger|twitter|tiktok|line|\
threema|icq|zalo|qq|kakao(?:talk)?|keybase|reddit|slack|teams|hangouts|google\\s+chat|element|\
matrix|session|imo|sc|bluesky|mastodon|linkedin|threads|pinterest|behance|dribbble|twitch|tumblr|\
vk|tele|telega|xing|x";

/// Apps whose name is also a common word: only an explicit label or `@handle` counts after them.
pub const AMBIGUOUS_APPS: &[&str] = &[
    "line",
    "signal",
    "session",
    "element",
    "matrix",
    "x",
    "snap",
    "teams",
    "zap",
    "wa",
    "imo",
    "slack",
    "reddit",
    "messenger",
    "threads",
    "behance",
    "dribbble",
    "tele",
    "vk",
    "sc",
];

/// Words that say "this is how to reach me": they raise a candidate's confidence.
pub const CONTACT_WORDS: &str = "call|calls|calling|text|texts|txt|sms|phone|phones|cell|cellphone|\
mobile|mob|tel|tele|telephone|whats\\s?app|wa|viber|signal|telegram|dial|ring|number|\
contact|reach|reachable|ping|message|msg|dm|pm|hit\\s+me|hmu|write|email|e-mail|mail|add\\s+me|\
find\\s+me|hola|llámame|llamame|llámanos|llamar|llama|teléfono|telefono|tlf|celular|móvil|movil|\
cel|número|numero|núm|num|escríbeme|escribeme|escribir|contáctame|contactame|contacto|correo|\
agrégame|agregame|whats|zap|zapzap|wpp|liga|ligar|ligue|me\\s+chama|chama|telefone|contato|\
fale|appelle|appelez|appeler|téléphone|portable|tél|numéro|joindre|contacter|contactez|\
écris|écrivez|ecris|courriel|ruf|rufen|anrufen|anruf|telefon|handy|nummer|erreichen|erreichbar|\
schreib|schreiben|kontakt|melde|mobil|festnetz|(?:direct|phone|office|mobile|cell|land|home|work|my)\\s+line|\
adiciona|adicione|añade|agrega|ajoute|ajoutez|hinzu|füg|follow|sígueme|sigueme|segue|siga|\
suivez|suis-moi|folg\\w*";

/// Words that mark a number as an identifier, a quantity or a measurement: they lower a
/// candidate's confidence when they come right before it.
pub const ID_WORDS: &str = "invoice|inv|order|orders|ord|sku|skus|isbn|issn|ean|upc|gtin|barcode|\
serial|s/n|sn|ticket|tickets|case|ref|reference|tracking|track|po|id|ids|uid|account|acct|iban|\
bic|swift|routing|sort\\s+code|license|licence|key|build|version|ver|release|row|rows|\
timestamp|epoch|unix|time|lat|lon|lng|latitude|longitude|coordinates|coords|zip|postcode|\
postal|customer|client\\s+no|transaction|tx|txn|hash|commit|sha|port|pid|error|err|code|job|\
contract|item|part|model|batch|lot|shipment|parcel|package|receipt|voucher|coupon|policy|claim|\
patient|student|employee|company|crn|vat|tax|nif|cif|cpf|cnpj|rfc|ssn|nie|dni|ein|tin|rg|pix|record|records|\
entry|index|offset|step|block|height|revenue|budget|total|sum|amount|balance|price|cost|paid|\
factura|facturas|pedido|pedidos|vertrag|registration|registered|contrato|contrat|referencia|número\\s+de\\s+pedido|expediente|nota|fatura|\
protocolo|boleto|chamado|facture|commande|référence|dossier|rechnung|rechnungsnummer|bestellung|\
bestellnummer|auftrag|kundennummer|artikelnummer|seriennummer|zeile|kontonummer|vorgang|\
cep|cp|plz|código\\s+postal|code\\s+postal|postleitzahl|steuernummer|steuer-id|ust-idnr|ustid|\
siret|siren|tva|rut|curp|cuit|nip|pesel|regon|bsn|matrícula|matricula|cuenta|conta|compte|\
konto|folio|guía|guia|rastreio|suivi|sendungsnummer|referência|referencias|produto|producto|\
produit|produkt|artikel|article|artículo|artigo|catálogo|catalog|catalogue|katalog|sku-nummer";

/// Words after a number that make it a quantity.
pub const UNIT_WORDS: &str = "%|percent|usd|eur|gbp|brl|inr|mxn|dollars?|euros?|reais|pesos|\
rupees|cents|hours?|hrs|h|minutes?|mins?|seconds?|secs?|ms|days?|weeks?|months?|years?|words|\
characters|chars|users|rows|records|entries|items|products|orders|requests|events|transactions|\
customers|clients|visitors|visits|views|downloads|installs|followers|subscribers|members|\
impressions|clicks|hits|pages|emails|messages|lines|files|bytes|kb|mb|gb|tb|km|kg|m|cm|mm|px|\
dpi|fps|tokens|points|steps|units|pieces|pcs|copies|tickets|calls|leads|sales|signups|accounts|\
registros|usuarios|visitas|filas|líneas|lineas|linhas|usuários|usuarios|visualizações|acessos|\
lignes|utilisateurs|vues|visiteurs|abonnés|aufrufe|nutzer|zeilen|besucher|datensätze|stück|mal";

/// Contact-form and booking words in a link's path.
pub const CONTACT_PATHS: &str = "contact|contacts|contact-us|contactme|kontakt|contacto|contato|contactez|book|booking|\
schedule|meet|call|chat|hire-me|reach|talk|whatsapp|telegram|vcard|card|links";

/// Hosts whose links are a channel to a person: chat, calls, bookings, social profiles.
pub const CONTACT_HOSTS: &[&str] = &[
    "t.me",
    "telegram.me",
    "telegram.dog",
    "wa.me",
    "api.whatsapp.com",
    "chat.whatsapp.com",
    "whatsapp.com",
    "wa.link",
    "linkedin.com",
    "lnkd.in",
    "discord.gg",
    "discord.com",
    "discordapp.com",
    "join.skype.com",
    "skype.com",
    "join.slack.com",
    "slack.com",
    "signal.me",
    "signal.group",
    "calendly.com",
    "calendar.google.com",
    "calendar.app.google",
    "outlook.office.com",
    "outlook.office365.com",
    "zcal.co",
    "youcanbook.me",
    "acuityscheduling.com",
    "setmore.com",
    "simplybook.me",
    "cal.com",
    "savvycal.com",
    "tidycal.com",
    "zcal.co",
    "doodle.com",
    "meetings.hubspot.com",
    "zoom.us",
    "meet.google.com",
    "teams.microsoft.com",
    "teams.live.com",
    "whereby.com",
    "meet.jit.si",
    "m.me",
    "messenger.com",
    "facebook.com",
    "fb.com",
    "fb.me",
    "instagram.com",
    "instagr.am",
    "twitter.com",
    "x.com",
    "tiktok.com",
    "snapchat.com",
    "viber.com",
    "invite.viber.com",
    "line.me",
    "u.wechat.com",
    "weixin.qq.com",
    "wechat.com",
    "threads.net",
    "bsky.app",
    "vk.com",
    "ok.ru",
    "kik.me",
    "linktr.ee",
    "beacons.ai",
    "bio.link",
    "about.me",
    "xing.com",
    "reddit.com",
    "wa.link",
    "contact.me",
    "carrd.co",
    "bio.site",
    "lnk.bio",
    "taplink.cc",
    "solo.to",
    "hoo.be",
    "typeform.com",
    "forms.gle",
    "tally.so",
];

/// Sites and tools named in sentences about handles, never handles themselves.
pub const SITES: &[&str] = &[
    "github",
    "gitlab",
    "bitbucket",
    "upwork",
    "fiverr",
    "freelancer",
    "toptal",
    "google",
    "canva",
    "figma",
    "notion",
    "zoom",
    "meet",
    "jira",
    "trello",
    "asana",
    "shopify",
    "wordpress",
    "youtube",
    "facebook",
    "instagram",
    "twitter",
    "tiktok",
    "pinterest",
    "behance",
    "dribbble",
    "medium",
    "substack",
    "here",
    "there",
    "everywhere",
];

/// Link shorteners: the target is hidden, so a short link counts as a channel.
pub const SHORTENERS: &[&str] = &[
    "bit.ly",
    "tinyurl.com",
    "tiny.cc",
    "t.co",
    "goo.gl",
    "is.gd",
    "ow.ly",
    "rb.gy",
    "cutt.ly",
    "shorturl.at",
    "s.id",
    "buff.ly",
    "rebrand.ly",
    "bl.ink",
    "t.ly",
    "v.gd",
];

/// Hosts of work samples, code, documents and stores: a link there is not a contact channel
/// unless the words around it offer it as one.
pub const WORK_HOSTS: &[&str] = &[
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "behance.net",
    "dribbble.com",
    "docs.rs",
    "crates.io",
    "npmjs.com",
    "pypi.org",
    "stackoverflow.com",
    "medium.com",
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "figma.com",
    "notion.so",
    "docs.google.com",
    "drive.google.com",
    "dropbox.com",
    "apps.apple.com",
    "play.google.com",
    "wikipedia.org",
    "developer.mozilla.org",
    "codepen.io",
    "jsfiddle.net",
    "kaggle.com",
    "huggingface.co",
    "vercel.app",
    "netlify.app",
    "herokuapp.com",
    "github.io",
    "upwork.com",
];

/// Free mail providers: `name at gmail` is an address even without `.com`.
pub const MAIL_PROVIDERS: &str = "gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|\
proton|protonmail|pm|gmx|yandex|aol|zoho|mailbox|fastmail|tutanota|tuta|uol|bol|terra|ig|\
free|orange|wanadoo|laposte|sfr|t-online|freenet|libero|virgilio|qq|163|126|naver|mail|web|\
rediffmail|rocketmail|seznam|wp|o2|onet|interia|hey";

/// Top-level domains accepted for addresses and links written without a scheme.
pub const TLDS: &str = "com|net|org|io|co|dev|me|info|biz|us|uk|de|fr|es|it|nl|ca|au|in|ru|br|\
mx|pl|app|ai|xyz|eu|ch|se|no|fi|dk|pt|gr|tr|jp|cn|kr|ua|ro|cz|hu|ie|nz|za|sg|hk|ph|pk|ng|ke|eg|\
ar|cl|pe|ve|uy|py|bo|ec|gt|cr|pa|do|cu|be|at|lu|li|sk|si|hr|rs|ba|bg|lt|lv|ee|by|kz|il|ae|sa|\
qa|kw|ma|tn|dz|gh|tz|ug|et|vn|th|my|id|tw|lk|bd|np|tech|online|site|store|shop|pro|email|\
mail|cloud|design|studio|agency|digital|solutions|media|works|codes|tools|page|link|live|blog|\
space|website|one|art|ly|so|to|gg|fm|tv|cc|ws|gl|is|im|ms|nu|su|la|ninja|rocks|team|world|\
today|life|company|consulting|services|software|systems|network|global|academy|expert|guru|\
work|email|mobi|name|bio|gmbh|berlin|paris|london|nyc|uno|lat|cat|gal|eus|vip|top|club|fun|\
photography|photo|photos|pics|gallery|video|film|music|audio|games|game|social|events|marketing|\
news|press|wiki|blog|group|partners|ventures|capital|finance|money|law|legal|health|care|\
fitness|coach|training|education|school|travel|tours|house|homes|realestate|build|builders|\
construction|engineering|energy|eco|green|garden|farm|food|coffee|restaurant|cafe|bar|wine|\
beer|fashion|style|beauty|salon|shoes|clothing|jewelry|watch|auto|cars|bike|boutique|market|\
sale|deals|money|tax|accountant|accountants|insurance|dental|clinic|doctor|vet|pet|pets|dog|\
yoga|dance|art|gallery|museum|theater|studio|productions|media|tv|radio|fm|am|cloud|host|\
hosting|systems|technology|computer|digital|network|web|website|online|site|space|zone|city|\
town|earth|world|global|international|africa|asia|tokyo|madrid|barcelona|wien|hamburg|koeln|\
bayern|nrw|quebec|scot|wales|irish|swiss|rio|bzh|amsterdam|brussels|vlaanderen|krd|moscow";

/// Words that end a handle search: ordinary words that follow an app's name in sentences.
pub const NOT_HANDLES: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "for",
    "to",
    "of",
    "in",
    "on",
    "at",
    "with",
    "by",
    "from",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "it",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "me",
    "my",
    "you",
    "your",
    "we",
    "our",
    "us",
    "they",
    "them",
    "i",
    "he",
    "she",
    "him",
    "her",
    "his",
    "its",
    "if",
    "so",
    "but",
    "not",
    "no",
    "yes",
    "ok",
    "okay",
    "please",
    "thanks",
    "thank",
    "also",
    "too",
    "only",
    "just",
    "then",
    "later",
    "now",
    "soon",
    "today",
    "tomorrow",
    "anytime",
    "instead",
    "directly",
    "privately",
    "maybe",
    "again",
    "first",
    "call",
    "calls",
    "chat",
    "chats",
    "meeting",
    "meetings",
    "message",
    "messages",
    "group",
    "groups",
    "channel",
    "channels",
    "server",
    "servers",
    "community",
    "communities",
    "bot",
    "bots",
    "api",
    "apis",
    "app",
    "apps",
    "integration",
    "integrations",
    "account",
    "accounts",
    "business",
    "ads",
    "ad",
    "marketing",
    "campaign",
    "campaigns",
    "page",
    "pages",
    "store",
    "shop",
    "feed",
    "posts",
    "post",
    "stories",
    "reels",
    "web",
    "desktop",
    "mobile",
    "clone",
    "style",
    "theme",
    "login",
    "sdk",
    "webhook",
    "webhooks",
    "platform",
    "messenger",
    "video",
    "voice",
    "audio",
    "number",
    "id",
    "handle",
    "username",
    "user",
    "name",
    "profile",
    "link",
    "same",
    "as",
    "like",
    "via",
    "through",
    "over",
    "about",
    "after",
    "before",
    "when",
    "where",
    "how",
    "what",
    "which",
    "who",
    "why",
    "would",
    "could",
    "should",
    "can",
    "will",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "get",
    "got",
    "use",
    "used",
    "using",
    "works",
    "work",
    "support",
    "mini",
    "pay",
    "cloud",
    "gateway",
    "bridge",
    "export",
    "import",
    "data",
    "sync",
    "notifications",
    "notification",
    "alerts",
    "alert",
    "status",
    "template",
    "templates",
    "flow",
    "flows",
    "automation",
    "automations",
    "scraper",
    "scraping",
    "stickers",
    "sticker",
    "mod",
    "mods",
    "moderation",
    "moderator",
    "admin",
    "spaces",
    "threads",
    "thread",
    "dms",
    "inbox",
    "editor",
    "plugin",
    "plugins",
    "extension",
    "widget",
    "widgets",
    "clients",
    "client",
    "users",
    "followers",
    "audience",
    "growth",
    "content",
    "creator",
    "creators",
    "influencer",
    "influencers",
    "analytics",
    "insights",
    "lead",
    "leads",
    "sales",
    "shopping",
    "catalog",
    "pixel",
    "graph",
    "live",
    "stream",
    "streams",
    "streaming",
    "filter",
    "filters",
    "lens",
    "lenses",
    "story",
    "reel",
    "shorts",
    "ok?",
    "etc",
    "es",
    "el",
    "la",
    "los",
    "las",
    "y",
    "o",
    "de",
    "del",
    "en",
    "con",
    "por",
    "para",
    "que",
    "se",
    "lo",
    "mi",
    "tu",
    "su",
    "e",
    "da",
    "do",
    "dos",
    "das",
    "no",
    "na",
    "nos",
    "nas",
    "em",
    "com",
    "pelo",
    "pela",
    "meu",
    "minha",
    "et",
    "ou",
    "le",
    "les",
    "du",
    "des",
    "au",
    "aux",
    "avec",
    "sur",
    "pour",
    "mon",
    "ma",
    "und",
    "oder",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "mit",
    "auf",
    "für",
    "im",
    "mein",
    "meine",
    "ist",
    "bin",
    "sind",
    "ich",
    "du",
    "wir",
    "sie",
    "über",
    "per",
    "bitte",
    // German separable particles and fillers after "add me on <app>": "füg mich auf X hinzu".
    "hinzu",
    "dazu",
    "zu",
    "an",
    "ab",
    "mit",
    "gern",
    "gerne",
    "einfach",
    "kurz",
    "también",
    "também",
    "aussi",
    "directo",
    "directamente",
    "direto",
    "diretamente",
    "directement",
    "direkt",
    "gruppe",
    "grupo",
    "grupos",
    "groupe",
    "kanal",
    "canal",
    "anruf",
    "llamada",
    "chamada",
    "appel",
    "videollamada",
    "videochamada",
    "nachricht",
    "mensaje",
    "mensagem",
    "nachrichten",
    "mensajes",
    "mensagens",
    "tambien",
    "también",
    "também",
    "aussi",
    "auch",
    "plus",
    "both",
    "either",
    "word",
    "sign",
    "worked",
    "working",
    "work",
    "interned",
    "employed",
    "job",
    "role",
    "team",
    "engineer",
    "manager",
    "intern",
    "developer",
    "designer",
    "years",
    "months",
    "time",
    "jobs",
    "career",
    "trabajé",
    "trabalhei",
    "travaillé",
    "gearbeitet",
    "available",
    "active",
    "online",
    "offline",
    "reachable",
    "always",
    "mostly",
    "usually",
    "more",
    "less",
    "rarely",
    "often",
    "never",
    "best",
    "quick",
    "fast",
    "responsive",
    "around",
    "busy",
    "free",
    "mich",
    "dich",
    "moi",
    "toi",
    "unter",
];
