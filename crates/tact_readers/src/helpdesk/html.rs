//! HTML message bodies as plain text. Intercom writes every message as HTML, Zendesk and
//! Freshdesk do when their plain-text field is missing; rules read words, so tags go, entities
//! are decoded and block elements become line breaks. This is not a browser: it is enough for
//! the markup a helpdesk composer writes (paragraphs, breaks, lists, links, emphasis, quotes).

/// The text of an HTML fragment: tags removed, `<br>` and block elements as line breaks,
/// `<script>`/`<style>` and comments dropped, entities decoded, runs of white space collapsed,
/// blank lines dropped.
pub(crate) fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('&') {
            match entity(rest) {
                Some((decoded, len)) => {
                    out.push(decoded);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |j| &after[j + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            // A `<` that opens no tag is text ("a < b").
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // "<3", "< b": not a tag after all.
            out.push('<');
            out.push_str(tag);
            out.push('>');
            continue;
        }
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let end = format!("</{name}");
            rest = find_ignoring_case(rest, &end).map_or("", |j| {
                let after = &rest[j..];
                after.find('>').map_or("", |k| &after[k + 1..])
            });
            continue;
        }
        if BREAKS.contains(&name.as_str()) {
            out.push('\n');
        } else if name == "td" || name == "th" {
            out.push(' ');
        }
    }
    out.push_str(rest);
    tidy(&out)
}

/// Elements that start or end a line.
const BREAKS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
];

fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let lower = haystack.to_ascii_lowercase();
    lower.find(needle)
}

/// White space collapsed within lines, lines trimmed, blank lines dropped.
fn tidy(s: &str) -> String {
    s.split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Named entities a message body is likely to carry, Italian, Romanian and Greek letters
/// included; any other is written as a number (`&#232;`), which is decoded too.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("euro", '€'),
    ("copy", '©'),
    ("reg", '®'),
    ("deg", '°'),
    ("middot", '·'),
    ("bull", '•'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("igrave", 'ì'),
    ("ograve", 'ò'),
    ("ugrave", 'ù'),
    ("Agrave", 'À'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("acirc", 'â'),
    ("icirc", 'î'),
    ("Acirc", 'Â'),
    ("Icirc", 'Î'),
    ("auml", 'ä'),
    ("ouml", 'ö'),
    ("Auml", 'Ä'),
    ("Ouml", 'Ö'),
    ("aring", 'å'),
    ("Aring", 'Å'),
];

/// The entity at the start of `s` (`&amp;`, `&#233;`, `&#xE9;`) and the bytes it takes.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.char_indices().take(12).find(|(_, c)| *c == ';')?.0;
    let body = &s[1..end];
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        NAMED.iter().find(|(n, _)| *n == body)?.1
    };
    Some((decoded, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_breaks_become_lines_and_tags_go() {
        assert_eq!(
            text("<p>Ciao <b>Maria</b>,</p><p>il divano &egrave; pronto.<br>Luca</p>"),
            "Ciao Maria,\nil divano è pronto.\nLuca"
        );
        assert_eq!(
            text("<div class=\"x\">Hei!</div>\n\n<ul><li>yksi</li><li>kaksi</li></ul>"),
            "Hei!\nyksi\nkaksi"
        );
    }

    #[test]
    fn entities_numbers_scripts_and_comments() {
        assert_eq!(
            text("a &amp; b &#233; &#x3A9; &bogus; &"),
            "a & b é Ω &bogus; &"
        );
        assert_eq!(
            text("x<script>alert('<p>')</script>y<!-- hidden -->z"),
            "xyz"
        );
        assert_eq!(text("<STYLE>p{}</STYLE>ok"), "ok");
        assert_eq!(text("2 < 3 and 5 > 4, <3"), "2 < 3 and 5 > 4, <3");
        assert_eq!(text("<a href='x'>link</a>&nbsp;here"), "link here");
    }

    #[test]
    fn broken_markup_never_panics() {
        for s in [
            "<",
            "<p",
            "&",
            "&#",
            "&#x;",
            "<!--",
            "<script>",
            "&#99999999;",
            "é<é>é",
        ] {
            let _ = text(s);
        }
        assert_eq!(text("Γεια <σας>"), "Γεια <σας>");
    }
}
