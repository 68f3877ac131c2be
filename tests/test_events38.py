"""Event summaries a reader finds garbled on BBC pages, on real parses of sentences written
for them: a partitive subject takes the number of its "of" phrase, a verb keeps its particle
and the phrase its object turns into, a copula's complement is said, the "that" of a noun's
content clause is no object, a relative pronoun yields to the clause's own subject, and a
person said by a given name keeps the title before it."""

from __future__ import annotations

from test_events28 import annotate


def summaries(nlp, text: str) -> dict[str, str]:
    return {e.trigger: e.summary for a in annotate(nlp, text) for e in a.events}


def test_a_partitive_subject_takes_the_number_of_its_of_phrase(nlp):
    found = summaries(nlp, "Experts warned that 90% of PCs are infected with spyware. "
                           "A majority of shareholders have rejected the offer.")
    assert found["infect"].startswith("90% of PCs are infected"), found
    assert found["reject"].startswith("A majority of shareholders have rejected"), found
    # a partitive of a mass noun, and "the number of", stay singular
    found = summaries(nlp, "Most of the money has vanished. The number of users has doubled.")
    assert found["vanish"].startswith("Most of the money has vanished"), found
    assert found["double"].startswith("The number of users has doubled"), found


def test_a_verb_keeps_the_particle_the_parse_made_an_adverb(nlp):
    found = summaries(nlp, "Consumers are going to be blown away by these pictures.")
    assert "blown away by these pictures" in found["blow"], found


def test_a_governed_verb_keeps_its_particle(nlp):
    found = summaries(nlp, "The firm wants to sell off its stake in the unit.")
    assert "wants to sell off its stake" in found["sell"], found


def test_the_phrase_an_object_turns_into_is_kept(nlp):
    found = summaries(nlp, "Home theatre systems are turning living rooms into cinemas.")
    assert found["turn"] == "Home theatre systems are turning living rooms into cinemas", found


def test_a_copula_complement_is_said(nlp):
    found = summaries(nlp, "Tarceva - made by OSI Pharmaceuticals - has already proved to be "
                           "successful in helping prolong the life of lung cancer patients.")
    assert found["prove"] == "Tarceva has proved to be successful", found


def test_the_that_of_a_content_clause_is_no_object(nlp):
    found = summaries(nlp, 'Kaha Kiknavelidze said: "I think a decision that Yugansk should '
                           'end up with Gazprom was taken a long time ago."')
    assert found["end"] == "Yugansk should end up with Gazprom", found


def test_a_relative_pronoun_yields_to_the_clause_subject(nlp):
    found = summaries(nlp, "The payment system could be similar to the way that broadband "
                           "internet works versus dial-up connections.")
    assert found["work"].startswith("Broadband internet works"), found


def test_a_given_name_keeps_its_title(nlp):
    found = summaries(nlp, "Liberals demanded Sir Edward Heath quit. Sir Edward, who had "
                           "received more votes, believed he had the authority to stay. "
                           "Jeremy Thorpe met Mr Heath. Mr Thorpe agreed.")
    assert found["receive"].startswith("Sir Edward had received more votes"), found
    assert found["agree"].startswith("Thorpe agrees"), found  # a surname is said alone


def test_a_complement_keeps_the_subject_of_a_clause_inside_it(nlp):
    found = summaries(nlp, "Artists such as Argentina's Mustafa Yoda are pushing to make it "
                           "better and better.")
    assert found["push"].endswith("are pushing to make it better and better"), found


def test_a_second_verb_borrows_the_auxiliaries_of_the_first(nlp):
    found = summaries(nlp, "A lot of people are going to be buying a new Mac Mini and "
                           "throwing away their old PC.")
    assert found["throw"] == "A lot of people are going to be throwing away their old PC", found


def test_a_particle_at_the_end_of_a_line_is_kept(nlp):
    found = summaries(nlp, "The Brazilian government has played down claims that it could "
                           "step in to save the country's biggest airline.")
    assert found["step"] == "It could step in", found
    assert found["play"].endswith("claims it could step in"), found


def test_an_object_predicative_is_said(nlp):
    found = summaries(nlp, "Parmalat was declared insolvent in December 2003.")
    assert found["declare"] == "Parmalat was declared insolvent", found


def test_a_passive_keeps_the_preposition_it_leaves_behind(nlp):
    found = summaries(nlp, "The use of electronic devices in the Commons chamber has long been "
                           "frowned on.")
    assert found["frown"].endswith("has been frowned on"), found


def test_a_phrase_of_a_gerund_completes_the_verb(nlp):
    found = summaries(nlp, "Operation Digital Gridlock, which was aimed at fighting copyright "
                           "theft, ended.")
    assert found["aim"] == "Operation Digital Gridlock was aimed at fighting copyright theft", \
        found


def test_the_noun_the_parse_hung_on_a_particle_is_the_object(nlp):
    found = summaries(nlp, "However, retailers' attempts to draw in the crowds may be behind "
                           "November's unexpected rise in sales, they say.")
    assert found["draw"] == "Retailers may draw in the crowds", found


def test_a_plural_subject_the_tagger_took_for_a_verb_stays_plural(nlp):
    found = summaries(nlp, "Scam mails, offering ways to make a quick buck, have declined by "
                           "40%.")
    assert found["decline"] == "Scam mails have declined", found


def test_a_passive_infinitive_under_a_governor_keeps_its_be(nlp):
    found = summaries(nlp, 'Opera does not have to be "trained" to recognise an individual '
                           'voice.')
    assert found["train"].startswith("Opera does not have to be trained"), found


def test_a_governor_with_a_particle_is_no_passive(nlp):
    found = summaries(nlp, "So, Millan and two friends set out to change that - they wanted "
                           "to make groups accessible to fans globally.")
    assert found["change"].startswith("Millan and two friends set out to change"), found


def test_irregular_and_misread_verb_forms():
    from generator.nlp.events.inflect import participle
    from generator.nlp.events.lexicon import load_lexicon

    assert participle("spin") == "spun"
    assert load_lexicon().lemma_fixes.get("focussing") == "focus"


def test_a_quantifier_standing_alone_as_the_subject_is_plural(nlp):
    found = summaries(nlp, "Hundreds of workers marched. Most were arrested by police. Many "
                           "have left the city.")
    assert found["arrest"] == "Most were arrested by police", found
    assert found["leave"] == "Many have left the city", found


def test_a_complement_ending_on_a_particle_keeps_it(nlp):
    found = summaries(nlp, "Earlier, Mr Wilson had said that president Luiz Inacio Lula da Silva "
                           "has decided to step in and a decree could be signed this week.")
    assert found["decide"] == "Luiz Inacio Lula da Silva has decided to step in", found


def test_a_complement_stands_in_text_order_and_keeps_its_passive_be(nlp):
    found = summaries(nlp, "Roxy Music's back catalogue leads to the band undertaking a world "
                           "tour in 2001. UWB is tipped to be used for wireless transfer of "
                           "video in the home or office and for use in wireless USB devices "
                           "which need low power consumption.")
    assert found["lead"] == ("Roxy Music's back catalogue leads to the band undertaking a "
                             "world tour in 2001"), found
    assert found["tip"] == "UWB is tipped to be used", found


def test_a_predicative_far_from_its_verb_is_not_said(nlp):
    found = summaries(nlp, "The ceremonies were then transferred to theatres with the famous "
                           "Grauman's Chinese Theatre the first to host the expanded event. "
                           "Parmalat was declared insolvent in December 2003.")
    assert "the first" not in found["transfer"], found
    assert found["declare"] == "Parmalat was declared insolvent", found
    found = summaries(nlp, "A desktop computer that PC Pro magazine dubbed best performer in a "
                           "group test of machines was sold.")
    assert found["dub"] == "PC Pro magazine dubbed a desktop computer best performer", found
