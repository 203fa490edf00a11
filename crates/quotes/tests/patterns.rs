//! One test per quote pattern of the issue: quotation marks, direct, indirect and mixed frames,
//! speakers and what they refer to.
use lede_quotes::{Quote, QuoteFinder, QuoteKind, Span};

fn find(text: &str) -> Vec<Quote> {
    QuoteFinder::new().find(text, &[], &[])
}

fn s(text: &str, span: Option<Span>) -> Option<&str> {
    span.map(|x| &text[x])
}

/// (kind, content, speaker as written, referent)
fn show(text: &str) -> Vec<(QuoteKind, &str, Option<&str>, Option<&str>)> {
    find(text)
        .into_iter()
        .map(|q| {
            (
                q.kind,
                &text[q.span],
                s(text, q.speaker),
                s(text, q.speaker_ref),
            )
        })
        .collect()
}

#[test]
fn curly_quote_then_name_and_cue() {
    let t = "“We have no doubt,” Duda told reporters in Warsaw.";
    let q = show(t);
    assert_eq!(
        q,
        [(
            QuoteKind::Direct,
            "“We have no doubt,”",
            Some("Duda"),
            Some("Duda")
        )]
    );
    let c = find(t);
    assert_eq!(&t[c[0].cue.unwrap()], "told");
}

#[test]
fn straight_quotes_and_inverted_cue() {
    let t =
        "\"The world economy has moved sideways,\" said Maury Obstfeld, the IMF's chief economist.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(q[0].1, "\"The world economy has moved sideways,\"");
    assert_eq!(q[0].2, Some("Maury Obstfeld"));
}

#[test]
fn double_apostrophes_as_quotes() {
    let t = "''We're America,'' the president added.";
    let q = show(t);
    assert_eq!(q[0].1, "''We're America,''");
    assert_eq!(q[0].2, Some("the president"));
}

#[test]
fn guillemets() {
    let t = "«Nous sommes prêts», a declared nothing. «We are ready,» Macron said.";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "«We are ready,»" && x.2 == Some("Macron")),
        "{q:?}"
    );
}

#[test]
fn single_quotes_inside_double_quotes() {
    let t = "“You say you ‘accept responsibility,’ but you blame others,” Merkley said.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].1,
        "“You say you ‘accept responsibility,’ but you blame others,”"
    );
    assert_eq!(q[0].2, Some("Merkley"));
}

#[test]
fn colon_introduces_a_quote() {
    let t = "In a statement Friday, Trump said: “I am greatly honored by the endorsement.”";
    let q = show(t);
    assert_eq!(
        q,
        [(
            QuoteKind::Direct,
            "“I am greatly honored by the endorsement.”",
            Some("Trump"),
            Some("Trump")
        )]
    );
}

#[test]
fn dash_attribution() {
    let t = "“Trump must stop portraying Latinos as dangerous gangsters.” ― Carla Sanchez\n\
             \"We will review the rules again next year.\" -Commissioner Margrethe Vestager";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, Some("Carla Sanchez"));
    assert_eq!(q[1].2, Some("Commissioner Margrethe Vestager"));
}

#[test]
fn quote_introduced_at_the_end_of_the_previous_paragraph() {
    let t = "And from Chairwoman Maxine Waters:\n\n“This is a disgrace for the bank and its customers.”";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, Some("Chairwoman Maxine Waters"));
}

#[test]
fn standalone_quote_keeps_the_previous_speaker() {
    let t = "“Poland and Latvia have the same problem,” Duda told reporters. \
             “We have no doubt that it’s in cooperation with Russia.”";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[1].1,
        "“We have no doubt that it’s in cooperation with Russia.”"
    );
    assert_eq!(q[1].2, Some("Duda"));
}

#[test]
fn multi_paragraph_quote() {
    let t = "“The first paragraph of a long statement goes here,” the senator said. “And it goes on.\n\n\
             “The second paragraph opens with a mark and closes at last.”";
    let q = show(t);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(
        q.iter()
            .all(|x| x.0 == QuoteKind::Direct && x.2 == Some("the senator")),
        "{q:?}"
    );
}

#[test]
fn scare_quotes_are_not_quotes() {
    let t = "The so-called “experts” met in a “secret” room on Tuesday.";
    assert!(find(t).is_empty());
}

#[test]
fn unbalanced_marks_are_tolerated() {
    let t = "\"Kevin was snoring.\n\n“Here he is, babe,” she said.\n\n“ ” ” “ \" ' ’ ‘";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "“Here he is, babe,”" && x.2 == Some("she")),
        "{q:?}"
    );
}

#[test]
fn said_that_clause() {
    let t = "The State Department said that 98 percent of the refugees are Sunni Muslims.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, QuoteKind::Indirect);
    assert_eq!(q[0].1, "that 98 percent of the refugees are Sunni Muslims");
    assert_eq!(q[0].2, Some("The State Department"));
}

#[test]
fn said_without_that() {
    let t = "Lithuania meanwhile said it would temporarily close two border checkpoints.";
    let q = show(t);
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "it would temporarily close two border checkpoints",
            Some("Lithuania"),
            Some("Lithuania")
        )]
    );
}

#[test]
fn told_someone_that() {
    let t = "Polish President Andrzej Duda told his Latvian counterpart, Edgars Rinkevics, that Warsaw was ready to help.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].1, "that Warsaw was ready to help");
    assert_eq!(q[0].2, Some("Polish President Andrzej Duda"));
    assert_eq!(q[0].3, Some("Andrzej Duda"));
}

#[test]
fn according_to() {
    let t = "According to Ham, the administration has shuffled through military leaders.";
    let q = show(t);
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "the administration has shuffled through military leaders",
            Some("Ham"),
            Some("Ham")
        )]
    );
    let t = "The minister was welcomed in Minsk by his counterpart, according to state news agency Belta.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].1,
        "The minister was welcomed in Minsk by his counterpart"
    );
}

#[test]
fn parenthetical_said_at_the_end() {
    let t = "The officer was not wearing a recording device, police said.";
    let q = show(t);
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "The officer was not wearing a recording device",
            Some("police"),
            None
        )]
    );
    let t = "Its first television ad could start this week, said Brian Baker, a political adviser.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2, Some("Brian Baker"));
}

#[test]
fn parenthetical_attribution_with_a_trailing_adjunct() {
    let content = "Shifting monsoon patterns could affect a billion people";
    for tail in [
        "Mr. Obama said on Tuesday.",
        "Mr. Obama said late Tuesday.",
        "Mr. Obama said in an interview with The New York Times.",
        "Mr. Obama told reporters.",
        "Mr. Obama told reporters at the White House on Tuesday.",
        "Mr. Obama wrote in a blog post.",
        "said Mr. Obama in a statement.",
    ] {
        let t = format!("{content}, {tail}");
        let q = show(&t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(q[0].1, content, "{t}");
        assert!(q[0].2.is_some_and(|s| s.ends_with("Obama")), "{t}: {q:?}");
    }
    // the adjunct ends at a comma and the content resumes after it
    let t = "The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom \
             fifth paid 0.8 percent.";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "The middle fifth paid 8.9 percent");
    assert_eq!(q[1].1, "the bottom fifth paid 0.8 percent");
    assert!(q.iter().all(|x| x.2 == Some("the agency")));
    // an adjunct followed by a clause is not trailing: the clause is the content
    let t = "Mr. Obama said in a statement he would veto the bill.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "he would veto the bill");
}

#[test]
fn a_later_participle_cue_ends_the_second_part() {
    let t =
        "Monsoons could affect a billion people, Mr. Obama said, adding that the risk was real.";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "Monsoons could affect a billion people");
    assert_eq!(q[1].1, "that the risk was real");
}

#[test]
fn colon_quote_after_a_frame_takes_the_frame_subject() {
    let t =
        "After the vote, union leader Jane Doe told the BBC any deal \"must be fair\": \"Workers \
             deserve better than this.\"";
    let q = show(t);
    let last = q.last().expect("quotes");
    assert_eq!(last.0, QuoteKind::Direct);
    assert_eq!(last.1, "\"Workers deserve better than this.\"");
    assert_eq!(last.2, Some("Jane Doe"), "{q:?}");
}

#[test]
fn parenthetical_subject_with_determiner_role_or_dateline() {
    let content = "Clinton won the Missouri primary";
    for (tail, who) in [
        ("the Associated Press said.", "Associated Press"),
        ("frontman Anthony Kiedis said.", "Anthony Kiedis"),
        (
            "the band's frontman, Anthony Kiedis, said.",
            "Anthony Kiedis",
        ),
    ] {
        let t = format!("{content}, {tail}");
        let q = show(&t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(q[0].1, content, "{t}");
        assert!(q[0].2.is_some_and(|s| s.ends_with(who)), "{t}: {q:?}");
    }
    let t = "LOS ANGELES, Feb. 2 (UPI) — The next record is almost complete, the singer said.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "The next record is almost complete");
}

#[test]
fn headline_with_a_source_and_a_quoted_fragment() {
    let t = "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\nThe story.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Mixed);
    assert_eq!(
        q[0].1,
        "Endorsements prove Clinton 'candidate of the establishment.'"
    );
    assert_eq!(q[0].2, Some("Sanders"));
}

#[test]
fn fronted_as_attribution_and_asked() {
    let t = "As The Atlantic recently noted, trust in government is collapsing around the world.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "trust in government is collapsing around the world");
    assert_eq!(q[0].2, Some("The Atlantic"));
    let t = "The bureau asked Florida agencies to stonewall records requests, officials said.";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "to stonewall records requests" && x.2 == Some("The bureau")),
        "{q:?}"
    );
    let t = "She then asked if it was out of the question.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "if it was out of the question");
}

#[test]
fn subject_through_an_aspect_verb_or_a_parenthesis() {
    let t = "Republicans continue to warn that the deal was a dangerous mistake.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "that the deal was a dangerous mistake");
    assert_eq!(q[0].2, Some("Republicans"));
    let t =
        "Mrs. Clinton herself, as well as her campaign, has maintained that the server was secure.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "that the server was secure");
    assert!(q[0].2.is_some_and(|s| s.ends_with("Clinton")), "{q:?}");
    // a relative clause is not a parenthetical attribution
    let t = "Earnings were $8.42 a share, well above the $8.04 that analysts expected.";
    assert!(show(t).is_empty());
}

#[test]
fn sentence_initial_asked_and_an_aside_before_that() {
    let t = "Asked about the report, the senator said, \"I have not read it.\"";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.0 == QuoteKind::Indirect && x.1 == "the report" && x.2.is_none()),
        "{q:?}"
    );
    assert!(q
        .iter()
        .any(|x| x.0 == QuoteKind::Direct && x.2 == Some("the senator")));
    let t = "Several experts cautioned, as did the campaign itself, that the plan might change.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "that the plan might change");
    assert_eq!(q[0].2, Some("Several experts"));
    let t = "Yet, as Mr. Bown observed, the economy would suffer.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the economy would suffer");
}

#[test]
fn told_someone_a_clause_ending_in_that() {
    let t = "Ryan told a news conference they are planting the seeds to accomplish that.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "they are planting the seeds to accomplish that");
    assert_eq!(q[0].2, Some("Ryan"));
    let t = "Last month, when I asked the senator if he would endorse her, he looked away.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "if he would endorse her");
    let t = "The committee chairman asks for an investigation of the deleted emails.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "an investigation of the deleted emails");
}

#[test]
fn attribution_inside_a_relative_clause() {
    let t = "They withheld information that government officials said would compromise security.";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "would compromise security" && x.2 == Some("government officials")),
        "{q:?}"
    );
    let t = "The strike, which company executives said could affect earnings, ended on Friday.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "could affect earnings");
}

#[test]
fn plural_possessive_subject() {
    for t in [
        "Sanders’ campaign said the report was wrong.",
        "Sanders' campaign said the report was wrong.",
    ] {
        let q = show(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(q[0].1, "the report was wrong");
        assert!(q[0].2.is_some_and(|s| s.starts_with("Sanders")), "{q:?}");
    }
}

#[test]
fn coordinated_cue_keeps_the_subject_and_passive_call() {
    let t = "The candidate has mocked a reporter and referred to immigrants as \"rapists.\"";
    let q = show(t);
    let r = q
        .iter()
        .find(|x| x.0 == QuoteKind::Mixed)
        .expect("mixed quote");
    assert_eq!(r.1, "immigrants as \"rapists.\"");
    assert_eq!(r.2, Some("The candidate"));
    let t =
        "The president, Rodrigo Duterte, has been called the \"Trump of the East\" for his words.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the \"Trump of the East\" for his words");
    assert_eq!(q[0].2, None);
}

#[test]
fn according_to_in_the_middle() {
    let t = "The move, according to officials, was meant to calm markets.";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "The move");
    assert_eq!(q[1].1, "was meant to calm markets");
    assert!(q.iter().all(|x| x.2 == Some("officials")));
}

#[test]
fn participle_takes_the_sentence_subject() {
    let t = "The group also released a statement saying the vote was rigged.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the vote was rigged");
    assert_eq!(q[0].2, Some("The group"));
}

#[test]
fn relative_clause_content_ends_before_the_main_verb() {
    let t = "Smith, who said the plan was dead, resigned on Friday.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the plan was dead");
    let t = "The agency, which said that in 1998, prices rose, is a good example.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "that in 1998, prices rose");
}

#[test]
fn questions_and_absolute_participles_report_nothing() {
    assert!(show("Do you support Donald Trump? Like the page.").is_empty());
    let t = "Clinton held a lead, but even with all precincts reporting, the race was too close.";
    assert!(show(t).is_empty(), "{:?}", show(t));
}

#[test]
fn but_he_said_opens_a_new_frame() {
    let t = "Rendell agreed that the rules should be modernized, but he said that the discussion \
             should wait.";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "that the rules should be modernized");
    assert_eq!(q[1].1, "that the discussion should wait");
}

#[test]
fn a_writers_comparison_ends_the_content() {
    let t =
        "The company reported earnings of $8.42 a share, well above the $8.04 analysts expected.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "earnings of $8.42 a share");
    let t =
        "Democrats say they have not been paying attention, compared with 11 percent of others.";
    let q = show(t);
    assert_eq!(q[0].1, "they have not been paying attention");
}

#[test]
fn told_someone_about() {
    let t = "Trump told reporters about his plan to build a wall.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "his plan to build a wall");
}

#[test]
fn wire_style_attributions() {
    let t = "A Pentagon spokesman, Capt. Jeff Davis, said the strike killed three militants.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].2.is_some_and(|s| s.ends_with("Jeff Davis")), "{q:?}");
    let t = "The group's leader told The Associated Press the attack was revenge.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the attack was revenge");
    let t = "The minister said Monday that talks would resume, but gave no date.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "that talks would resume");
    let t = "He said the deal isn't good for the country, but will make Iran rich.";
    let q = show(t);
    assert_eq!(
        q[0].1,
        "the deal isn't good for the country, but will make Iran rich"
    );
}

#[test]
fn a_quotation_attributed_by_according_to_is_direct() {
    let q = show("\"It's over,\" according to one aide.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(q[0].2, Some("one aide"));
}

#[test]
fn a_stance_about_a_name() {
    let t = "Vermont Gov. Peter Shumlin and former Gov. Howard Dean have endorsed Clinton.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "Clinton");
    // one plain word is still too little
    assert!(show("She endorsed it.").is_empty());
}

#[test]
fn what_someone_called_it() {
    let t = "The weapon was used in Charleston, in what officials called a hate crime.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "a hate crime");
    assert_eq!(q[0].2, Some("officials"));
}

#[test]
fn an_as_aside_and_a_dated_subject() {
    let q = show("The economy, as the report noted, is slowing down.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "is slowing down");
    assert_eq!(q[1].2, Some("the report"));
    let q = show("The poll released Friday shows that Clinton leads.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, Some("The poll"));
}

#[test]
fn verb_to_a_noun_phrase_drops_the_to() {
    let t = "Clinton pointed to the nine times Sanders has laid out a health care plan.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].1,
        "the nine times Sanders has laid out a health care plan"
    );
    // a stance noun with an infinitive keeps it
    let t = "Trump's decision to skip the debate angered Republicans.";
    let q = show(t);
    assert!(q.iter().any(|x| x.1 == "to skip the debate"), "{q:?}");
}

#[test]
fn demands_that_and_titled_objects() {
    let q = show("Protesters have been demanding that police release the video.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "that police release the video");
    assert_eq!(q[0].2, Some("Protesters"));
    let q = show("The experts praised Mrs. Clinton's proposals.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "Mrs. Clinton's proposals");
}

#[test]
fn a_lead_in_before_a_quotation_keeps_the_speaker() {
    let t =
        "\"He's supposed to be a cheerleader for this country,\" Trump said. Instead, \"he just \
             acts like a defeated man.\"";
    let q = show(t);
    let m = q
        .iter()
        .find(|x| x.0 == QuoteKind::Mixed)
        .expect("mixed quote");
    assert!(m.1.starts_with("Instead, \"he just"), "{q:?}");
    assert_eq!(m.2, Some("Trump"));
}

#[test]
fn vowed_to() {
    let t = "In Moscow, China’s defense chief vowed to intensify cooperation with counterparts in Europe.";
    let q = show(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].1,
        "to intensify cooperation with counterparts in Europe"
    );
    assert_eq!(q[0].2, Some("China’s defense chief"));
}

#[test]
fn warned_that() {
    let t = "Still, the fund warned that the exit will raise many questions in the coming years.";
    let q = show(t);
    assert_eq!(
        q[0].1,
        "that the exit will raise many questions in the coming years"
    );
    assert_eq!(q[0].2, Some("the fund"));
}

#[test]
fn accused_of_and_coordination() {
    let t = "Duda told Rinkevics that Warsaw was prepared to send help — and accused Russia of fomenting the chaos.";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "that Warsaw was prepared to send help");
    assert_eq!(q[1].1, "Russia of fomenting the chaos");
    assert_eq!(q[1].2, Some("Duda"));
}

#[test]
fn passive_cues_have_no_speaker_frame() {
    assert!(find("Mr. Quiros was accused of using the money for himself.").is_empty());
}

#[test]
fn mixed_quote() {
    let t = "He called China’s ties with Russia a “good cooperation model.”";
    let q = show(t);
    assert_eq!(
        q,
        [(
            QuoteKind::Mixed,
            "China’s ties with Russia a “good cooperation model.”",
            Some("He"),
            None
        )]
    );
}

#[test]
fn apposition_speaker() {
    let t = "“That is not enough,” Jo Coelbart, a retired Belgian general, said on Friday.";
    let q = show(t);
    assert_eq!(q[0].2, Some("Jo Coelbart"));
    let t = "Clinton, the former secretary of State, said she supported the raid.";
    let q = show(t);
    assert_eq!(q[0].2, Some("Clinton"));
}

#[test]
fn pronoun_and_role_speakers_are_resolved() {
    let t = "Defense Minister Li Shangfu arrived in Minsk on Wednesday. \
             In Moscow, China’s defense chief vowed to intensify cooperation with Russia. \
             He called the ties a “good cooperation model.”";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].3, Some("Li Shangfu"));
    assert_eq!(q[1].2, Some("He"));
    assert_eq!(q[1].3, Some("Li Shangfu"));
}

#[test]
fn people_spans_are_used_for_referents() {
    let t = "Andrzej Duda spoke on Wednesday. “We have no doubt,” he said.";
    let people = [Span::new(0, 12)];
    let q = QuoteFinder::new().find(t, &[], &people);
    assert_eq!(q.len(), 1);
    assert_eq!(&t[q[0].speaker.unwrap()], "he");
    assert_eq!(q[0].speaker_ref, Some(Span::new(0, 12)));
}

#[test]
fn speaker_ref_is_the_head_name_of_the_speaker_phrase() {
    let t = "Labour's Shadow Home Secretary Yvette Cooper said the plan was \"unworkable\".";
    // the entity layer may wrongly give `Shadow Home` as a person too: the head is the last name
    let people = [Span::new(9, 20), Span::new(31, 44)];
    assert_eq!(&t[people[0]], "Shadow Home");
    assert_eq!(&t[people[1]], "Yvette Cooper");
    let q = QuoteFinder::new().find(t, &[], &people);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker_ref.map(|s| &t[s]), Some("Yvette Cooper"));
    let q = QuoteFinder::new().find(t, &[], &people[1..]);
    assert_eq!(q[0].speaker_ref.map(|s| &t[s]), Some("Yvette Cooper"));
}

#[test]
fn urged_objects_end_before_their_venue() {
    let t = "The union called for more school investment in a statement on Thursday.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "more school investment");
}

#[test]
fn a_coordinated_verb_of_speech_ends_the_content() {
    let t = "Trump said he would order a review of the nation's defenses and warned against \
             hackers from China.";
    let q = show(t);
    assert!(!q.is_empty(), "{q:?}");
    assert_eq!(q[0].1, "he would order a review of the nation's defenses");
    // a stance verb of action stays inside the content
    let t = "Police say he posed a threat and refused to drop the gun.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "he posed a threat and refused to drop the gun");
}

#[test]
fn a_comma_inside_the_closing_mark_before_but_ends_the_content() {
    let t = "Smith described the incident as a “terrible situation,” but stopped short of \
             calling it racist.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the incident as a “terrible situation,”");
}

#[test]
fn what_something_is_called_ends_before_a_subordinate_clause() {
    let t = "Critics described Mr. Obama as a climate evangelist when he ran for the White House.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "Mr. Obama as a climate evangelist");
}

#[test]
fn builder_adds_cues_and_reports_bad_lines() {
    let f = QuoteFinder::builder()
        .cues_tsv("grumbled\tsay\n".as_bytes())
        .build()
        .unwrap();
    let t = "The coach grumbled that the referee was unfair.";
    assert_eq!(f.find(t, &[], &[]).len(), 1);
    assert!(QuoteFinder::new().find(t, &[], &[]).is_empty());
    let e = QuoteFinder::builder()
        .named_cues_tsv("mine.tsv", "said\tsay\nmuttered\n".as_bytes())
        .build()
        .unwrap_err();
    assert_eq!((e.source_name.as_str(), e.line), ("mine.tsv", 2));
    let e = QuoteFinder::builder()
        .cues_tsv("x\tnope\n".as_bytes())
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("unknown cue class"), "{e}");
    let empty = QuoteFinder::builder().without_builtin().build().unwrap();
    assert!(empty.find("Duda said he was ready.", &[], &[]).is_empty());
}

#[test]
fn stance_verb_with_a_noun_phrase_object() {
    let t = "The senator acknowledged their uphill battle, which she called steep.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Indirect);
    assert_eq!(q[0].1, "their uphill battle");
    assert_eq!(q[0].2, Some("The senator"));
}

#[test]
fn intention_with_an_infinitive() {
    let t = "Ms. Rivera wants to preserve the policy.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "to preserve the policy");
    assert_eq!(q[0].2, Some("Ms. Rivera"));
}

#[test]
fn noun_homographs_are_not_cues() {
    // `her support`, `a big question`: nouns, not verbs of stance
    assert!(show("Her support among young voters still lags.").is_empty());
    assert!(show("A big question remains about the vote count.").is_empty());
}

#[test]
fn dummy_it_is_not_a_speaker() {
    assert!(show("It is worth noting that the bill passed in June.").is_empty());
}

#[test]
fn headline_source_before_a_colon() {
    let t = "Pat Caddell: Clinton Leads in Ohio Again\n\nThe rest of the story follows here.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "Clinton Leads in Ohio Again");
    assert_eq!(q[0].2, Some("Pat Caddell"));
    assert!(show("Correction: An earlier version misstated the date\n\nText.").is_empty());
}

#[test]
fn stance_verb_inside_reported_content_stays_in_it() {
    let t = "Police say he posed a deadly threat and refused to drop the gun.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].1,
        "he posed a deadly threat and refused to drop the gun"
    );
    assert_eq!(q[0].2, Some("Police"));
}

#[test]
fn appearance_without_a_source() {
    let t = "Obama's veto is expected to come before the deadline.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "to come before the deadline");
    assert_eq!(q[0].2, None);
    // `appeared on television`: no content of a seem frame
    assert!(show("The senator appeared on television on Sunday.").is_empty());
}

#[test]
fn role_with_of_phrase_as_subject() {
    let t = "The former secretary of state said she would raise taxes on the rich.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "she would raise taxes on the rich");
    assert_eq!(q[0].2, Some("The former secretary of state"));
}

#[test]
fn called_object_a_predicate_far_off() {
    let t = "Democrats called the contempt citation and the demand for his public appearance a transparent political ploy.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, Some("Democrats"));
}

#[test]
fn saying_verb_with_a_noun_phrase() {
    let t = "In her 2003 book, Clinton noted the clot's existence.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the clot's existence");
    // `added the ...` stays a clause cue: no noun phrase content
    assert!(show("Officials added the word twice.").is_empty());
}

#[test]
fn a_noun_cue_after_a_quote_is_no_attribution() {
    // `attack` is a stance verb, but here a noun: the quotation keeps the speaker before it
    let t = "Spokeswoman Jessica Ditto said via email that, “Of course he is going to defend himself” against what the campaign sees as a coordinated attack.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Mixed);
    assert_eq!(q[0].2, Some("Spokeswoman Jessica Ditto"));
}

#[test]
fn stance_noun_with_a_that_clause() {
    let t = "Politifact checked Donald Trump’s claim that there have been thousands of shootings.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "there have been thousands of shootings");
    assert_eq!(q[0].2, Some("Donald Trump’s"));
}

#[test]
fn stance_adjective_after_a_copula() {
    let t = "Protesters were frustrated that the city released only some of the footage.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the city released only some of the footage");
    assert_eq!(q[0].2, Some("Protesters"));
}

#[test]
fn stance_noun_with_an_infinitive() {
    let t = "Critics attacked the administration's decision to act alone.";
    let q = show(t);
    assert!(q.iter().any(|x| x.1 == "to act alone"), "{q:?}");
}

#[test]
fn stance_noun_with_a_prepositional_object() {
    let t = "Voters heard Clinton's criticism of the trade deals at the rally.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the trade deals");
    assert_eq!(q[0].2, Some("Clinton's"));
}

#[test]
fn stance_classes_can_be_left_out() {
    use lede_quotes::CueClass;
    let f = QuoteFinder::builder()
        .without_classes(&[CueClass::Object, CueClass::Seem])
        .build()
        .unwrap();
    let t = "Ms. Rivera wants to preserve the policy. The veto is expected to come soon. Duda said the talks would resume.";
    let q = f.find(t, &[], &[]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(&t[q[0].span], "the talks would resume");
}

#[test]
fn coordinated_verb_takes_the_main_clause_subject() {
    let t = "Shadow minister Yvette Cooper said her party has supported the idea \"for months\", and said it was \"damning that the ministry isn't doing this already\".";
    let q = show(t);
    let second = q
        .iter()
        .find(|x| x.1.starts_with("it was"))
        .unwrap_or_else(|| panic!("second quote missing: {q:?}"));
    assert_eq!(second.2, Some("Yvette Cooper"), "{q:?}");
}

#[test]
fn one_pair_of_marks_across_a_paragraph_break_is_one_quote() {
    let t = "After the match, the coach said, \"We have learned a lot from today's game.\n\n\
             It was a very emotional day for all of us.\" The team flies home on Sunday.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert!(q[0].1.starts_with("\"We have learned"), "{q:?}");
    assert!(q[0].1.ends_with("for all of us.\""), "{q:?}");
    assert_eq!(q[0].2, Some("the coach"));
}

#[test]
fn an_unclosed_paragraph_before_a_reopened_one_stays_two_quotes() {
    // the multi-paragraph convention: the next paragraph opens a fresh mark
    let t = "The minister said: “The first part ends without a mark.\n\n\
             “The second part opens again and closes here.”";
    let q = show(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[0].1.ends_with("without a mark."), "{q:?}");
    assert!(q[1].1.starts_with("“The second part"), "{q:?}");
}

#[test]
fn first_person_speakers_are_not_sources_in_speech_mode() {
    let t = "I told the manager that the room was dirty. The manager said the hotel was full.";
    let speech = QuoteFinder::builder().speech_only().build().unwrap();
    let q = speech.find(t, &[], &[]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(&t[q[0].span], "the hotel was full");
    assert_eq!(&t[q[0].speaker.unwrap()], "The manager");
    // PolNeAR-style output keeps the narrator's attributions
    assert!(find(t)
        .iter()
        .any(|q| &t[q.span] == "that the room was dirty"));
}

#[test]
fn according_to_a_role_then_a_name_in_commas() {
    let t = "According to the team's coach, Alireza Mehraban, in their first match the robot \
             scored twice.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "in their first match the robot scored twice");
    assert_eq!(q[0].2, Some("Alireza Mehraban"));
}

#[test]
fn according_to_a_title_with_a_prepositional_phrase_then_the_name() {
    let t = "According to Afghan Ambassador to the United States Hamdullah Mohib, the team \
             shows progress.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the team shows progress");
    assert!(
        q[0].2.is_some_and(|s| s.ends_with("Hamdullah Mohib")),
        "{q:?}"
    );
}

#[test]
fn according_to_after_a_complementizer() {
    let t = "Reporters have learned that according to an Internet posting, the site is down.";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "the site is down" && x.0 == QuoteKind::Indirect),
        "{q:?}"
    );
}

#[test]
fn a_name_in_commas_after_a_role_closing_with_a_parenthesis() {
    let t = "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has \
             called the sentence \"dangerous\":\n\n\"We face a dangerous sentence.\"";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "\"We face a dangerous sentence.\"" && x.2 == Some("Nunzio Galantino")),
        "{q:?}"
    );
}

#[test]
fn the_object_of_told_or_called_never_introduces_a_quote() {
    let t = "Officials first called the meeting:\n\n\"It is over.\"";
    let q = show(t);
    assert!(q.iter().all(|x| x.2 != Some("the meeting")), "{q:?}");
}

#[test]
fn speech_mode_keeps_stance_cues_marked_speech_with_their_that_clause_only() {
    let speech = QuoteFinder::builder().speech_only().build().unwrap();
    let t = "Microsoft announced on Friday that it is time for users to move on.";
    let q = speech.find(t, &[], &[]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(&t[q[0].span], "that it is time for users to move on");
    assert_eq!(&t[q[0].speaker.unwrap()], "Microsoft");
    // a noun-phrase object is no speech; a stance cue not marked speech is left out
    for t in [
        "Microsoft announced the start of a new campaign.",
        "The senator acknowledged their uphill battle.",
        "Voters wanted a change in the state.",
    ] {
        assert!(speech.find(t, &[], &[]).is_empty(), "{t}");
        assert!(!QuoteFinder::new().find(t, &[], &[]).is_empty(), "{t}");
    }
}

#[test]
fn the_third_cue_column_marks_speech() {
    let f = QuoteFinder::builder()
        .without_builtin()
        .cues_tsv("grumbled\tobject\tspeech\nhoped\tobject\n".as_bytes())
        .speech_only()
        .build()
        .unwrap();
    assert_eq!(
        f.find("The coach grumbled that the referee was unfair.", &[], &[])
            .len(),
        1
    );
    assert!(f
        .find("The coach hoped that the referee was fair.", &[], &[])
        .is_empty());
    let e = QuoteFinder::builder()
        .cues_tsv("x\tsay\tloud\n".as_bytes())
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("third column"), "{e}");
}

#[test]
fn an_as_aside_with_a_listener() {
    let t = "As Heald told The Huffington Post, US surface ozone has dropped partly due to the \
             Clean Air Act.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.starts_with("US surface ozone has dropped"), "{q:?}");
    assert_eq!(q[0].2, Some("Heald"));
}

#[test]
fn a_subject_set_off_from_its_verb_by_a_lone_comma() {
    let t = "Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at \
             mandatory guidelines.";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "they are looking at mandatory guidelines");
    assert_eq!(q[0].2, Some("Lydia Buchtmann"));
    // a fronted phrase is no subject
    let t = "Across Asia, officials have said that the policy is troubling.";
    assert!(show(t).iter().all(|x| x.2 != Some("Across Asia")), "{t}");
}

#[test]
fn the_listener_of_told_is_never_the_speaker_of_a_quotation() {
    let t = "Montalvo walked into the station and told the police, \"everything he did\".";
    let q = show(t);
    assert!(q.iter().all(|x| x.2 != Some("the police")), "{q:?}");
    let t = "Trump returned the compliment, telling Reuters, \"Sheldon and I have a good talk.\"";
    let q = show(t);
    assert!(q.iter().all(|x| x.2 != Some("Reuters")), "{q:?}");
    // `according to X: “...”` keeps its source
    let t = "According to the newspaper, \"the border is porous.\"";
    assert!(show(t).iter().any(|x| x.2 == Some("the newspaper")), "{t}");
}

#[test]
fn a_cue_introducing_a_paragraph_keeps_its_own_quoted_fragment() {
    let t = "The secretary general, Nunzio Galantino, has called the sentence \"dangerous\" and \
             \"ideological\":\n\n\"We face a dangerous sentence.\"";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.0 == QuoteKind::Mixed && x.1.contains("\"dangerous\"")),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.1 == "\"We face a dangerous sentence.\"" && x.2 == Some("Nunzio Galantino")),
        "{q:?}"
    );
}

#[test]
fn a_quotation_right_after_the_cue_is_direct_before_a_parenthesis_or_the_writers_clause() {
    let t = "Claudio De Vincenti said \"a discussion table will be opened with the associations\" \
             ((it)).";
    let q = show(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(
        q[0].1,
        "\"a discussion table will be opened with the associations\""
    );
    let t =
        "A leaked letter seen by Sky News says \"failure to return the form may end a claim\", \
             but the government will provide a reminder.";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.0 == QuoteKind::Direct
                && x.1 == "\"failure to return the form may end a claim\""),
        "{q:?}"
    );
}

#[test]
fn told_a_named_listener_then_any_clause_ending_at_a_colon() {
    let t = "Enver Solomon told Sky News any process \"must be well thought out\": \"Moves to \
             reduce the backlog are welcome.\"";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1 == "any process \"must be well thought out\""
                && x.2 == Some("Enver Solomon")),
        "{q:?}"
    );
    assert!(
        q.iter().any(|x| x.0 == QuoteKind::Direct
            && x.1.starts_with("\"Moves to reduce")
            && x.2 == Some("Enver Solomon")),
        "{q:?}"
    );
}

#[test]
fn continues_cues_a_quotation_or_a_that_clause_only() {
    let t = "Started in 1990, the Taipei lantern festival continues a 2000 year old tradition of \
             light related festivals.";
    assert!(find(t).is_empty(), "{:?}", show(t));
    let t = "\"We will win,\" the coach continued.";
    assert_eq!(show(t).len(), 1, "{:?}", show(t));
}

#[test]
fn a_sentence_ending_after_the_closing_mark_takes_no_attribution_from_the_next() {
    let t = "The Straits Times noted that the messages had grown into a \"support movement\". \
             American professor Marc Lamont Hill commented, \"Hoping that this translates.\"";
    let q = show(t);
    assert!(
        q.iter()
            .any(|x| x.1.contains("\"support movement\"") && x.2 == Some("The Straits Times")),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.1 == "\"Hoping that this translates.\"" && x.2 == Some("Marc Lamont Hill")),
        "{q:?}"
    );
}

#[test]
fn relative_pronouns_and_group_pronouns_resolve() {
    // `who` after a common noun phrase: the phrase
    let t = "I spoke with a retired official who claimed that the party had the means.";
    let q = find(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(&t[q[0].speaker.unwrap()], "who");
    assert_eq!(&t[q[0].speaker_ref.unwrap()], "a retired official");
    // `it` after an organisation that spoke in the paragraph
    let t = "The ministry said the border would close on Friday. It added that two crossings \
             would stay open.";
    let q = find(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(&t[q[1].speaker.unwrap()], "It");
    assert_eq!(q[1].speaker_ref.map(|r| &t[r]), Some("The ministry"));
}

#[test]
fn a_speaker_phrase_stops_before_a_present_tense_verb() {
    // PolNeAR-style output: the participle's subject is the clause's noun phrase, without its verb
    let t = "The visit coincides with calls from Poland to tighten security, citing the presence \
             of mercenaries.";
    let q = show(t);
    assert!(
        q.iter().all(|x| x.2 != Some("The visit coincides")),
        "{q:?}"
    );
}

/// One row per argument frame of the cue lexicon (issue 12): text, kind, content, speaker.
#[test]
fn every_frame_in_a_table() {
    use QuoteKind::{Direct, Indirect, Mixed};
    let table: &[(&str, &str, QuoteKind, &str, &str)] = &[
        (
            "X said that C",
            "The minister said that the border would close on Friday.",
            Indirect,
            "that the border would close on Friday",
            "The minister",
        ),
        (
            "X said C",
            "The minister said the border would close on Friday.",
            Indirect,
            "the border would close on Friday",
            "The minister",
        ),
        (
            "C, X said",
            "The border would close on Friday, the minister said.",
            Indirect,
            "The border would close on Friday",
            "the minister",
        ),
        (
            "C, said X",
            "The border would close on Friday, said Andrzej Duda.",
            Indirect,
            "The border would close on Friday",
            "Andrzej Duda",
        ),
        (
            "X told Y that C",
            "Duda told reporters that Warsaw was ready.",
            Indirect,
            "that Warsaw was ready",
            "Duda",
        ),
        (
            "X told Y C",
            "Duda told The Associated Press the attack was revenge.",
            Indirect,
            "the attack was revenge",
            "Duda",
        ),
        (
            "according to X, C",
            "According to the ministry, the border will close on Friday.",
            Indirect,
            "the border will close on Friday",
            "the ministry",
        ),
        (
            "C, according to X",
            "The border will close on Friday, according to the ministry.",
            Indirect,
            "The border will close on Friday",
            "the ministry",
        ),
        (
            "X called Y \"...\"",
            "Li called China’s ties with Russia a “good cooperation model.”",
            Mixed,
            "China’s ties with Russia a “good cooperation model.”",
            "Li",
        ),
        (
            "in the words of X, \"...\"",
            "In the words of Senator John Smith, \"this bill is a disaster.\"",
            Direct,
            "\"this bill is a disaster.\"",
            "Senator John Smith",
        ),
        (
            "\"...,\" X said",
            "“We have no doubt,” Duda told reporters in Warsaw.",
            Direct,
            "“We have no doubt,”",
            "Duda",
        ),
        (
            "X said: \"...\"",
            "Duda said: “We have no doubt.”",
            Direct,
            "“We have no doubt.”",
            "Duda",
        ),
        (
            "X vowed to C",
            "Li vowed to intensify cooperation with Europe.",
            Indirect,
            "to intensify cooperation with Europe",
            "Li",
        ),
        (
            "X accused Y of C",
            "Duda accused Russia of fomenting the chaos.",
            Indirect,
            "Russia of fomenting the chaos",
            "Duda",
        ),
    ];
    for &(frame, text, kind, content, speaker) in table {
        let q = show(text);
        assert!(
            q.iter()
                .any(|x| x.0 == kind && x.1 == content && x.2 == Some(speaker)),
            "{frame}: {q:?}"
        );
    }
}

#[test]
fn pronouns_with_no_named_antecedent_resolve_to_the_nearest_fitting_noun() {
    let t = "I called the manager about the bill. He said it was the same tire.";
    let q = find(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker_ref.map(|r| &t[r]), Some("the manager"));
    let t = "The authors studied 1,700 children. They say the results confirm the deficiency.";
    let q = find(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker_ref.map(|r| &t[r]), Some("The authors"));
    let t = "We stayed at the hotel for a week. It says the rooms are cleaned daily.";
    let q = find(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker_ref.map(|r| &t[r]), Some("the hotel"));
}
