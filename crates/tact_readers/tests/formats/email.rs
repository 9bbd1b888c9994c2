//! E-mail: `.eml` files and mbox archives threaded into conversations, quotes and signatures
//! cut in all five languages, the agent side, dates, HTML, attachments and broken input.

use super::*;
use proptest::prelude::*;
use tact_model::{Channel, Role};

fn shop() -> ReadOptions {
    ReadOptions {
        agent_domains: vec!["shop.example".to_string()],
        ..ReadOptions::default()
    }
}

fn eml(input: &str) -> (Vec<Conversation>, Vec<ReadError>) {
    read_with(Format::Email, input.as_bytes(), &shop())
}

fn mbox(input: &str) -> (Vec<Conversation>, Vec<ReadError>) {
    read_with(Format::Mbox, input.as_bytes(), &shop())
}

/// One plain-text message; `reply_to` fills `In-Reply-To` and `References`.
fn message(from: &str, date: &str, id: &str, reply_to: &[&str], body: &str) -> String {
    let mut m = format!(
        "From: {from}\nTo: other@example.com\nDate: {date}\nMessage-ID: <{id}>\nSubject: Sofa\n"
    );
    if let Some(last) = reply_to.last() {
        let refs: Vec<String> = reply_to.iter().map(|r| format!("<{r}>")).collect();
        m.push_str(&format!(
            "In-Reply-To: <{last}>\nReferences: {}\n",
            refs.join(" ")
        ));
    }
    m.push_str("Content-Type: text/plain; charset=utf-8\n\n");
    m.push_str(body);
    m.push('\n');
    m
}

/// Messages as an mbox archive, each after a postmark and followed by a blank line, with
/// `From ` lines escaped as mboxrd writers do.
fn archive(messages: &[String]) -> String {
    let mut out = String::new();
    for m in messages {
        out.push_str("From sender@example.com Thu Mar  6 21:14:00 2026\n");
        for line in m.lines() {
            if line.trim_start_matches('>').starts_with("From ") {
                out.push('>');
            }
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

#[test]
fn mbox_messages_are_threaded_by_message_id_references_and_in_reply_to() {
    let input = archive(&[
        message(
            "Maria Rossi <maria@example.com>",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "q1@example.com",
            &[],
            "Buonasera, il divano Lipari è disponibile in grigio?",
        ),
        message(
            "Ioana <ioana@example.org>",
            "Thu, 6 Mar 2026 22:00:00 +0200",
            "other@example.org",
            &[],
            "Bună seara, livrați și în Cluj?",
        ),
        // The customer's follow-up comes before the agent's reply in the file, but after it
        // by date; it names only the root.
        message(
            "Maria Rossi <maria@example.com>",
            "Fri, 7 Mar 2026 09:30:00 +0100",
            "q2@example.com",
            &["q1@example.com"],
            "Perfetto, lo ordino.",
        ),
        message(
            "Luca <luca@shop.example>",
            "Fri, 7 Mar 2026 08:05:00 +0100",
            "a1@shop.example",
            &["q1@example.com"],
            "Buongiorno Maria, sì: grigio antracite e grigio perla.",
        ),
    ]);
    let (convs, errors) = mbox(&input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    let c = &convs[0];
    assert_eq!(c.id, "q1@example.com");
    assert_eq!(c.channel, Channel::Email);
    assert_eq!(
        texts(c),
        [
            "Buonasera, il divano Lipari è disponibile in grigio?",
            "Buongiorno Maria, sì: grigio antracite e grigio perla.",
            "Perfetto, lo ordino."
        ]
    );
    assert_eq!(roles(c), [Role::Customer, Role::Agent, Role::Customer]);
    assert_eq!(c.turns[0].speaker.as_deref(), Some("Maria Rossi"));
    assert_eq!(c.agent.as_deref(), Some("Luca"));
    assert_eq!(
        c.started_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T21:14:00+01:00")
    );
    assert_eq!(convs[1].id, "other@example.org");
    assert_eq!(texts(&convs[1]), ["Bună seara, livrați și în Cluj?"]);
}

#[test]
fn a_thread_whose_root_is_missing_takes_the_first_reference_as_its_id() {
    let input = archive(&[
        message(
            "Luca <luca@shop.example>",
            "Fri, 7 Mar 2026 08:05:00 +0100",
            "a1@shop.example",
            &["root@example.com"],
            "Sì, è disponibile.",
        ),
        message(
            "maria@example.com",
            "Fri, 7 Mar 2026 09:00:00 +0100",
            "q2@example.com",
            &["root@example.com", "a1@shop.example"],
            "Grazie!",
        ),
    ]);
    let (convs, errors) = mbox(&input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
    assert_eq!(convs[0].id, "root@example.com");
    assert_eq!(
        convs[0].turns[1].speaker.as_deref(),
        Some("maria@example.com")
    );
}

#[test]
fn equal_or_missing_dates_keep_file_order() {
    let same = "Thu, 6 Mar 2026 21:14:00 +0100";
    let input = archive(&[
        message("a@example.com", same, "1@x", &[], "first"),
        message("b@shop.example", same, "2@x", &["1@x"], "second"),
        message(
            "a@example.com",
            "Thu, 6 Mar 2026 20:00:00 +0000",
            "3@x",
            &["1@x"],
            "third",
        )
        .replace("Date: Thu, 6 Mar 2026 20:00:00 +0000\n", ""),
        message(
            "b@shop.example",
            "Thu, 6 Mar 2026 22:00:00 +0100",
            "4@x",
            &["1@x"],
            "fourth",
        ),
    ]);
    let (convs, errors) = mbox(&input);
    assert_eq!(convs.len(), 1, "{errors:?}");
    assert_eq!(texts(&convs[0]), ["first", "second", "third", "fourth"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].reason.starts_with("no `Date:` header"),
        "{errors:?}"
    );
    assert_eq!(convs[0].turns[2].at, None);
}

/// A reply in each language, as its usual clients write it: text, a signature, the reply
/// header and the quoted message.
const REPLIES: [(&str, &str, &str); 5] = [
    (
        "en",
        "Yes, the grey one ships on Monday.\n\nSent from my iPhone\n\nOn Thu, Mar 6, 2026 at 9:14 PM Maria Rossi <maria@example.com> wrote:\n> Is the sofa in stock in grey?\n> Thanks",
        "Yes, the grey one ships on Monday.",
    ),
    (
        "it",
        "Sì, il grigio parte lunedì.\n\nInviato da iPhone\n\nIl giorno gio 6 mar 2026 alle ore 21:14 Maria Rossi <maria@example.com> ha scritto:\n\n> Il divano è disponibile in grigio?",
        "Sì, il grigio parte lunedì.",
    ),
    (
        "el",
        "Ναι, το γκρι φεύγει τη Δευτέρα.\n\nΣτάλθηκε από το iPhone μου\n\nΣτις Πέμ 6 Μαρ 2026 στις 9:14 μ.μ., ο/η Μαρία <maria@example.com> έγραψε:\n> Υπάρχει ο καναπές σε γκρι;",
        "Ναι, το γκρι φεύγει τη Δευτέρα.",
    ),
    (
        "ro",
        "Da, cel gri pleacă luni.\n\nTrimis de pe iPhone-ul meu\n\nÎn joi, 6 mar. 2026 la 21:14, Ioana <ioana@example.com> a scris:\n> Canapeaua există în gri?",
        "Da, cel gri pleacă luni.",
    ),
    (
        "fi",
        "Kyllä, harmaa lähtee maanantaina.\n\nLähetetty iPhonesta\n\nMaija kirjoitti 6.3.2026 klo 21.14:\n> Onko sohvaa harmaana?",
        "Kyllä, harmaa lähtee maanantaina.",
    ),
];

#[test]
fn quotes_and_signatures_are_cut_in_all_five_languages() {
    for (lang, body, want) in REPLIES {
        let input = message(
            "Luca <luca@shop.example>",
            "Fri, 7 Mar 2026 08:05:00 +0100",
            "a@shop.example",
            &[],
            body,
        );
        let (convs, errors) = eml(&input);
        assert!(errors.is_empty(), "{lang}: {errors:?}");
        assert_eq!(texts(&convs[0]), [want], "{lang}");
    }
}

#[test]
fn client_quote_formats_are_cut() {
    let cases = [
        (
            "Outlook",
            "Certo, ve lo mando domani.\n\n-----Original Message-----\nFrom: Maria <maria@example.com>\nSent: Thursday, March 6, 2026 9:14 PM\nTo: info@shop.example\nSubject: Divano\n\nMe lo mandate?",
            "Certo, ve lo mando domani.",
        ),
        (
            "Outlook header block, Italian",
            "Certo, ve lo mando domani.\n\n________________________________\nDa: Maria Rossi <maria@example.com>\nInviato: giovedì 6 marzo 2026 21:14\nA: info@shop.example\nOggetto: Divano\n\nMe lo mandate?",
            "Certo, ve lo mando domani.",
        ),
        (
            "Outlook header block, Greek",
            "Βεβαίως.\n\nΑπό: Μαρία <maria@example.com>\nΣτάλθηκε: Πέμπτη, 6 Μαρτίου 2026 9:14 μμ\nΠρος: info@shop.example\nΘέμα: Καναπές\n\nΤο στέλνετε;",
            "Βεβαίως.",
        ),
        (
            "Outlook header block, Romanian",
            "Sigur.\n\nDe la: Ioana <ioana@example.com>\nTrimis: joi, 6 martie 2026 21:14\nCătre: info@shop.example\nSubiect: Canapea\n\nÎl trimiteți?",
            "Sigur.",
        ),
        (
            "Outlook header block, Finnish",
            "Toki.\n\nLähettäjä: Maija <maija@example.com>\nLähetetty: torstai 6. maaliskuuta 2026 21.14\nVastaanottaja: info@shop.example\nAihe: Sohva\n\nLähetättekö?",
            "Toki.",
        ),
        (
            "Thunderbird forward",
            "Vedi sotto.\n\n-------- Forwarded Message --------\nSubject: Divano\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nFrom: Maria <maria@example.com>\n\nTesto inoltrato",
            "Vedi sotto.",
        ),
        (
            "Gmail forward, Italian",
            "Ti giro la richiesta.\n\n---------- Messaggio inoltrato ---------\nDa: Maria <maria@example.com>\nDate: gio 6 mar 2026 alle ore 21:14\n\nTesto inoltrato",
            "Ti giro la richiesta.",
        ),
        (
            "Apple Mail forward",
            "See below.\n\nBegin forwarded message:\n\nFrom: Maria <maria@example.com>\nSubject: Sofa",
            "See below.",
        ),
        (
            "Gmail header wrapped in the address",
            "Yes, in grey.\n\nOn Thu, Mar 6, 2026 at 9:14 PM Maria Rossi <\nmaria@example.com> wrote:\n\n> Is it in grey?",
            "Yes, in grey.",
        ),
        (
            "Thunderbird, Italian",
            "Sì.\n\nIl 06/03/26 21:14, Maria ha scritto:\n> Disponibile?",
            "Sì.",
        ),
        (
            "Thunderbird, Romanian",
            "Da.\n\nPe 06.03.2026 21:14, Ioana a scris:\n> Disponibil?",
            "Da.",
        ),
        (
            "signature delimiter",
            "Thanks, Maria!\n-- \nLuca Bianchi\nShop Example · +39 02 0000 0000",
            "Thanks, Maria!",
        ),
        (
            "inline replies between quoted lines",
            "> Is it in grey?\nYes.\n> And the price?\n1.290 €.",
            "Yes.\n1.290 €.",
        ),
        (
            "a reply-like line not followed by a quote stays",
            "On Monday my sister wrote:\nit is the best sofa she ever had.",
            "On Monday my sister wrote:\nit is the best sofa she ever had.",
        ),
        (
            "a text line just above a reply header stays",
            "Il divano è arrivato\nIl 06/03/26 21:14, Maria ha scritto:\n> Disponibile?",
            "Il divano è arrivato",
        ),
    ];
    for (what, body, want) in cases {
        let input = message(
            "Luca <luca@shop.example>",
            "Fri, 7 Mar 2026 08:05:00 +0100",
            "a@shop.example",
            &[],
            body,
        );
        let (convs, errors) = eml(&input);
        assert!(errors.is_empty(), "{what}: {errors:?}");
        assert_eq!(texts(&convs[0]), [want], "{what}");
    }
}

#[test]
fn a_message_with_only_quoted_text_is_reported_and_skipped() {
    let input = archive(&[
        message(
            "maria@example.com",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "1@x",
            &[],
            "Hello?",
        ),
        message(
            "luca@shop.example",
            "Thu, 6 Mar 2026 21:20:00 +0100",
            "2@x",
            &["1@x"],
            "On Thu, Mar 6, 2026 at 9:14 PM Maria <maria@example.com> wrote:\n> Hello?",
        ),
    ]);
    let (convs, errors) = mbox(&input);
    assert_eq!(texts(&convs[0]), ["Hello?"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 11);
    assert!(
        errors[0].reason.starts_with("no text of its own"),
        "{errors:?}"
    );
}

#[test]
fn agent_domains_name_the_agent_side_by_domain_subdomain_or_address() {
    let input = archive(&[
        message(
            "maria@example.com",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "1@x",
            &[],
            "one",
        ),
        message(
            "LUCA@Shop.Example",
            "Thu, 6 Mar 2026 21:15:00 +0100",
            "2@x",
            &["1@x"],
            "two",
        ),
        message(
            "elena@eu.shop.example",
            "Thu, 6 Mar 2026 21:16:00 +0100",
            "3@x",
            &["1@x"],
            "three",
        ),
        message(
            "sam@help.example",
            "Thu, 6 Mar 2026 21:17:00 +0100",
            "4@x",
            &["1@x"],
            "four",
        ),
        message(
            "ann@help.example",
            "Thu, 6 Mar 2026 21:18:00 +0100",
            "5@x",
            &["1@x"],
            "five",
        ),
    ]);
    let opts = ReadOptions {
        agent_domains: vec!["@shop.example".into(), "Sam@help.example".into()],
        ..ReadOptions::default()
    };
    let (convs, errors) = read_with(Format::Mbox, input.as_bytes(), &opts);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        roles(&convs[0]),
        [
            Role::Customer,
            Role::Agent,
            Role::Agent,
            Role::Agent,
            Role::Customer
        ]
    );
}

#[test]
fn without_agent_domains_one_error_per_file_and_the_first_sender_is_the_customer() {
    let input = archive(&[
        message(
            "luca@shop.example",
            "Thu, 6 Mar 2026 09:00:00 +0100",
            "1@x",
            &[],
            "Offerta",
        ),
        message(
            "maria@example.com",
            "Thu, 6 Mar 2026 10:00:00 +0100",
            "2@x",
            &["1@x"],
            "Grazie",
        ),
        message(
            "ann@example.com",
            "Thu, 6 Mar 2026 11:00:00 +0100",
            "3@x",
            &[],
            "Hi",
        ),
        message(
            "sam@shop.example",
            "Thu, 6 Mar 2026 12:00:00 +0100",
            "4@x",
            &["3@x"],
            "Hello",
        ),
    ]);
    let (convs, errors) = read_with(Format::Mbox, input.as_bytes(), &ReadOptions::default());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 1);
    assert!(
        errors[0]
            .reason
            .ends_with("name the agent side with --agent-domains shop.example"),
        "{}",
        errors[0].reason
    );
    assert!(errors[0]
        .reason
        .contains("sender of the first message is read as the customer"));
    assert_eq!(roles(&convs[0]), [Role::Customer, Role::Agent]);
    assert_eq!(roles(&convs[1]), [Role::Customer, Role::Agent]);
}

#[test]
fn dates_keep_their_time_zone() {
    let cases = [
        (
            "Fri, 6 Mar 2026 21:14:00 +0200",
            "2026-03-06T21:14:00+02:00",
        ),
        ("6 Mar 2026 21:14:05 -0500", "2026-03-06T21:14:05-05:00"),
        (
            "Fri, 06 Mar 2026 21:14:00 +0000",
            "2026-03-06T21:14:00+00:00",
        ),
        (
            "Fri, 6 Mar 2026 21:14:00 +0530 (IST)",
            "2026-03-06T21:14:00+05:30",
        ),
    ];
    for (date, want) in cases {
        let (convs, errors) = eml(&message("maria@example.com", date, "1@x", &[], "hi"));
        assert!(errors.is_empty(), "{date}: {errors:?}");
        let at = convs[0].turns[0].at.map(|t| t.to_rfc3339());
        assert_eq!(at.as_deref(), Some(want), "{date}");
    }
}

#[test]
fn an_html_only_message_becomes_text() {
    let input = "From: Elena <elena@shop.example>\nTo: maria@example.com\nDate: Fri, 7 Mar 2026 09:00:00 +0100\nMessage-ID: <h@shop.example>\nMIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n<html><head><style>p { color: red; }</style><script>var x = 1;</script></head>\n<body><div>Buongiorno Maria,</div><div>il divano costa 1.290&nbsp;&euro; &amp; la consegna =\n&egrave; gratuita.</div>\n<div class=3D\"gmail_quote\"><div>Il giorno gio 6 mar 2026 alle ore 21:14 Maria &lt;maria@example.com&gt; ha scritto:<br></div>\n<blockquote class=3D\"gmail_quote\"><div>Quanto costa?</div></blockquote></div></body></html>\n";
    let (convs, errors) = eml(input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        texts(&convs[0]),
        ["Buongiorno Maria,\nil divano costa 1.290 € & la consegna è gratuita."]
    );
}

#[test]
fn an_outlook_html_reply_loses_its_header_block() {
    let input = "From: Sam <sam@shop.example>\nDate: Fri, 7 Mar 2026 09:00:00 +0000\nMessage-ID: <o@shop.example>\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Yes, we deliver on Saturdays.</p><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Ann &lt;ann@example.com&gt;<br><b>Sent:</b> Thursday, March 6, 2026 9:14 PM<br><b>To:</b> Shop &lt;info@shop.example&gt;<br><b>Subject:</b> Delivery</div><div>Do you deliver on Saturdays?</div></body></html>\n";
    let (convs, errors) = eml(input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(texts(&convs[0]), ["Yes, we deliver on Saturdays."]);
}

#[test]
fn attachments_are_counted_and_not_read() {
    let input = "From: Maria <maria@example.com>\nTo: info@shop.example\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nMessage-ID: <att@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\nContent-Type: multipart/related; boundary=\"inner\"\n\n--inner\nContent-Type: text/html; charset=utf-8\n\n<p>Ecco le foto del divano.</p><img src=\"cid:logo@x\">\n--inner\nContent-Type: image/png\nContent-ID: <logo@x>\nContent-Disposition: inline\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--inner--\n\n--outer\nContent-Type: image/jpeg; name=\"divano.jpg\"\nContent-Disposition: attachment; filename=\"divano.jpg\"\nContent-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRg==\n--outer\nContent-Type: application/pdf; name=\"fattura.pdf\"\nContent-Disposition: attachment; filename=\"fattura.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n--outer--\n";
    let (convs, errors) = eml(input);
    assert!(errors.is_empty(), "{errors:?}");
    let t = &convs[0].turns[0];
    assert_eq!(t.text, "Ecco le foto del divano.");
    assert_eq!(t.attachments, 2, "the embedded logo is not an attachment");
}

/// `>>From` becomes `>From`, a quoted line of the original message, and is cut as a quote.
#[test]
fn mbox_from_lines_are_unescaped_and_do_not_split_messages() {
    let input = "From maria@example.com Thu Mar  6 21:14:00 2026\nFrom: maria@example.com\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nMessage-ID: <1@x>\n\nHello,\n>From now on I shop with you.\n>>From the catalogue, not the site.\nFrom Monday I am away.\n\nFrom luca@shop.example Fri Mar  7 08:00:00 2026\nFrom: luca@shop.example\nDate: Fri, 7 Mar 2026 08:00:00 +0100\nMessage-ID: <2@x>\nIn-Reply-To: <1@x>\n\nWelcome!\n";
    let (convs, errors) = mbox(input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        texts(&convs[0]),
        [
            "Hello,\nFrom now on I shop with you.\nFrom Monday I am away.",
            "Welcome!"
        ]
    );
}

#[test]
fn several_messages_in_one_eml_are_told_apart() {
    let forward = "Forwarding this.\n\n-------- Forwarded Message --------\nSubject: Sofa\nDate: Thu, 6 Mar 2026 20:00:00 +0100\nFrom: Ann <ann@example.com>\nTo: info@shop.example\n\nIs it in grey?";
    let input = [
        message(
            "maria@example.com",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "1@x",
            &[],
            forward,
        ),
        message(
            "luca@shop.example",
            "Thu, 6 Mar 2026 21:30:00 +0100",
            "2@x",
            &["1@x"],
            "Yes.",
        ),
    ]
    .join("\n");
    let (convs, errors) = eml(&input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
    assert_eq!(texts(&convs[0]), ["Forwarding this.", "Yes."]);
    assert_eq!(roles(&convs[0]), [Role::Customer, Role::Agent]);
}

#[test]
fn a_header_block_inside_an_open_multipart_does_not_start_a_message() {
    let input = "From: maria@example.com\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nMessage-ID: <1@x>\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nSee the attached message.\n--b\nContent-Type: message/rfc822\n\nFrom: ann@example.com\nDate: Wed, 5 Mar 2026 10:00:00 +0100\nMessage-ID: <0@x>\n\nOld text\n--b--\n";
    let (convs, errors) = eml(input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
    assert_eq!(texts(&convs[0]), ["See the attached message."]);
    assert_eq!(convs[0].turns[0].attachments, 1);
}

#[test]
fn a_broken_mime_boundary_is_reported_at_its_message_and_the_rest_is_read() {
    let never_used = "From: maria@example.com\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nMessage-ID: <1@x>\nContent-Type: multipart/alternative; boundary=\"XX\"\n\n--YY\nContent-Type: text/plain\n\nhello\n--YY--\n";
    let never_closed = "From: ann@example.com\nDate: Thu, 6 Mar 2026 21:15:00 +0100\nMessage-ID: <2@x>\nContent-Type: multipart/mixed; boundary=\"ZZ\"\n\n--ZZ\nContent-Type: text/plain\n\nStill readable\n";
    let good = message(
        "luca@shop.example",
        "Thu, 6 Mar 2026 21:20:00 +0100",
        "3@x",
        &[],
        "ok",
    );
    let input = archive(&[never_used.to_string(), never_closed.to_string(), good]);
    let (convs, errors) = mbox(&input);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].line, 1);
    assert_eq!(
        errors[0].reason,
        "broken MIME boundary: boundary \"XX\" is declared but no part starts with `--XX`; \
         the message is skipped"
    );
    assert_eq!(errors[1].line, 13);
    assert!(
        errors[1]
            .reason
            .starts_with("broken MIME boundary: the parts of boundary \"ZZ\" are never closed"),
        "{}",
        errors[1].reason
    );
    let all: Vec<&str> = convs.iter().flat_map(texts).collect();
    assert_eq!(all, ["Still readable", "ok"]);
}

#[test]
fn impossible_unreadable_and_missing_headers_are_reported_and_the_rest_kept() {
    let impossible = message(
        "a@example.com",
        "Mon, 31 Feb 2026 25:14:00 +0100",
        "1@x",
        &[],
        "one",
    );
    let unreadable = message("b@example.com", "next Tuesday", "2@x", &[], "two");
    let no_from = message(
        "c@example.com",
        "Thu, 6 Mar 2026 21:14:00 +0100",
        "3@x",
        &[],
        "three",
    )
    .replace("From: c@example.com\n", "");
    let garbage = "this is not\nan e-mail at all\n".to_string();
    let good = message(
        "d@example.com",
        "Thu, 6 Mar 2026 21:14:00 +0100",
        "4@x",
        &[],
        "four",
    );
    let input = archive(&[impossible, unreadable, no_from, garbage, good]);
    let (convs, errors) = mbox(&input);
    let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0].0, 1);
    assert!(
        got[0]
            .1
            .starts_with("Date \"Mon, 31 Feb 2026 25:14:00 +0100\" is not a real date"),
        "{got:?}"
    );
    assert_eq!(got[1].0, 11);
    assert!(
        got[1].1.starts_with("Date \"next Tuesday\" cannot be read"),
        "{got:?}"
    );
    assert_eq!(got[2].0, 21);
    assert!(got[2].1.starts_with("no `From:` header"), "{got:?}");
    assert_eq!(got[3].0, 30);
    assert!(
        got[3].1.starts_with("cannot be read as an e-mail message"),
        "{got:?}"
    );
    let all: Vec<&str> = convs.iter().flat_map(texts).collect();
    assert_eq!(all, ["one", "two", "four"]);
    assert_eq!(convs[0].turns[0].at, None);
}

#[test]
fn a_copy_of_a_message_is_reported_and_skipped() {
    let m = message(
        "maria@example.com",
        "Thu, 6 Mar 2026 21:14:00 +0100",
        "1@x",
        &[],
        "Hi",
    );
    let (convs, errors) = mbox(&archive(&[m.clone(), m]));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 11);
    assert!(
        errors[0].reason.contains("copy of the message at line 1"),
        "{errors:?}"
    );
    assert_eq!(convs[0].turns.len(), 1);
}

#[test]
fn a_message_over_max_record_bytes_is_reported_at_its_start_and_the_rest_is_read() {
    let opts = ReadOptions {
        max_record_bytes: 400,
        ..shop()
    };
    let long_lines = "a long line of text\n".repeat(50);
    let one_huge_line = "y".repeat(5_000);
    let input = archive(&[
        message(
            "a@example.com",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "1@x",
            &[],
            "before",
        ),
        message(
            "b@example.com",
            "Thu, 6 Mar 2026 21:15:00 +0100",
            "2@x",
            &[],
            &long_lines,
        ),
        message(
            "c@example.com",
            "Thu, 6 Mar 2026 21:16:00 +0100",
            "3@x",
            &[],
            &one_huge_line,
        ),
        message(
            "d@example.com",
            "Thu, 6 Mar 2026 21:17:00 +0100",
            "4@x",
            &[],
            "after",
        ),
    ]);
    let (convs, errors) = read_with(Format::Mbox, input.as_bytes(), &opts);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [11, 71], "{errors:?}");
    for e in &errors {
        assert_eq!(
            e.reason,
            "record too large (over 400 bytes; raise --max-record-bytes)"
        );
    }
    let all: Vec<&str> = convs.iter().flat_map(texts).collect();
    assert_eq!(all, ["before", "after"]);
}

#[test]
fn crlf_and_a_bom_read_the_same() {
    let input = archive(&[
        message(
            "maria@example.com",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "1@x",
            &[],
            "Ciao,\nè disponibile?",
        ),
        message(
            "luca@shop.example",
            "Thu, 6 Mar 2026 21:20:00 +0100",
            "2@x",
            &["1@x"],
            "Sì.\n\n> Ciao,\n> è disponibile?",
        ),
    ]);
    let crlf = format!("\u{FEFF}{}", input.replace('\n', "\r\n"));
    let (plain, plain_errors) = mbox(&input);
    let (got, errors) = mbox(&crlf);
    assert!(plain_errors.is_empty() && errors.is_empty(), "{errors:?}");
    assert_eq!(got, plain);
    assert_eq!(texts(&got[0]), ["Ciao,\nè disponibile?", "Sì."]);
}

#[test]
fn an_io_error_mid_archive_is_reported_and_the_messages_before_are_kept() {
    let data = archive(&[
        message(
            "a@example.com",
            "Thu, 6 Mar 2026 21:14:00 +0100",
            "1@x",
            &[],
            "one",
        ),
        message(
            "b@example.com",
            "Thu, 6 Mar 2026 21:15:00 +0100",
            "2@x",
            &[],
            "two",
        ),
    ]);
    let cut = data.find("two").expect("second body");
    let (convs, errors) = read_failing(Format::Mbox, &data.as_bytes()[..cut], &shop());
    let texts_read: Vec<&str> = convs.iter().flat_map(texts).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].reason.contains("connection reset"), "{errors:?}");
    assert_eq!(texts_read, ["one"]);
}

#[test]
fn content_detection_tells_eml_and_mbox() {
    let m = message(
        "maria@example.com",
        "Thu, 6 Mar 2026 21:14:00 +0100",
        "1@x",
        &[],
        "Hi",
    );
    assert_eq!(
        tact_readers::detect(m.as_bytes(), Some(Format::Text)),
        Some(Format::Email)
    );
    let with_received = format!("Received: from mx.example.com\n\tby mx.shop.example\n{m}");
    assert_eq!(
        tact_readers::detect(with_received.as_bytes(), None),
        Some(Format::Email)
    );
    assert_eq!(
        tact_readers::detect(archive(&[m]).as_bytes(), None),
        Some(Format::Mbox)
    );
    assert_eq!(
        tact_readers::detect(b"Agent: hello\nCustomer: hi\n", Some(Format::Text)),
        Some(Format::Text)
    );
}

#[test]
fn an_empty_file_is_one_error() {
    for format in [Format::Email, Format::Mbox] {
        let (convs, errors) = read_with(format, b"\n\n", &shop());
        assert!(convs.is_empty());
        assert_eq!(errors.len(), 1, "{format}: {errors:?}");
        assert!(errors[0].reason.starts_with("no e-mail message found"));
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(
        data in proptest::collection::vec(any::<u8>(), 0..600),
        small in any::<bool>(),
    ) {
        let opts = ReadOptions {
            max_record_bytes: if small { 64 } else { tact_readers::DEFAULT_MAX_RECORD_BYTES },
            ..shop()
        };
        for format in [Format::Email, Format::Mbox] {
            let (convs, errors) = read_with(format, &data, &opts);
            for c in &convs {
                prop_assert!(!c.turns.is_empty() && !c.id.is_empty());
            }
            for e in &errors {
                prop_assert!(e.line >= 1 && !e.reason.is_empty());
            }
        }
    }

    #[test]
    fn arbitrary_mail_shaped_input_never_panics(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("From a@b Thu Mar  6 21:14:00 2026".to_string()),
                Just("From: a@b".to_string()),
                Just("Date: Thu, 6 Mar 2026 21:14:00 +0100".to_string()),
                Just("Message-ID: <1@x>".to_string()),
                Just("References: <1@x>".to_string()),
                Just("Content-Type: multipart/mixed; boundary=\"b\"".to_string()),
                Just("Content-Type: text/html".to_string()),
                Just("--b".to_string()),
                Just("--b--".to_string()),
                Just(String::new()),
                Just("> quoted".to_string()),
                Just("<blockquote><div>x</div>".to_string()),
                "[ -~àèΣτι]{0,30}",
            ],
            0..40,
        )
    ) {
        let input = lines.join("\n");
        for format in [Format::Email, Format::Mbox] {
            let (convs, _) = read_with(format, input.as_bytes(), &shop());
            for c in &convs {
                prop_assert!(!c.turns.is_empty() && !c.id.is_empty());
            }
        }
    }

    #[test]
    fn a_valid_message_round_trips_its_text(
        lines in proptest::collection::vec("[a-zA-Z0-9àèéìòùăâîșțäöΑ-Ωα-ω,.?!]([a-zA-Z0-9àèéìòùăâîșțäöΑ-Ωα-ω ,.?!]{0,60}[a-zA-Z0-9àèéìòùăâîșțäöΑ-Ωα-ω,.?!])?", 1..8),
    ) {
        let body = lines.join("\n");
        let m = message("maria@example.com", "Thu, 6 Mar 2026 21:14:00 +0100", "1@x", &[], &body);
        let (convs, errors) = eml(&m);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(texts(&convs[0]), [body.as_str()]);
        let (convs, errors) = mbox(&archive(&[m]));
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(texts(&convs[0]), [body.as_str()]);
    }
}
