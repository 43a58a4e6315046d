"""A story's subject (bot/news/article/subject.py): the words a headline about the story shares."""

from bot.news.article.subject import story_subject, subject_words


def test_subject_words_are_casefolded_long_words_without_common_ones_and_cjk_bigrams() -> None:
    assert subject_words("Floods reach the City after three days") == {"floods", "reach"}
    assert subject_words("東京五輪") == {"東京", "京五", "五輪"}


def test_a_headline_shares_the_subject_by_a_word_of_the_headline_the_lead_or_the_keywords() -> None:
    subject = story_subject("Floods reach the capital", ["Rescuers evacuated the riverside districts."], ["Weather"])
    assert subject.shared_by("Capital braces for more rain")
    assert subject.shared_by("Riverside districts reopen")
    assert subject.shared_by("Weather warnings for the weekend")
    assert not subject.shared_by("Football club signs a striker")


def test_the_lead_is_the_first_two_paragraphs_not_the_whole_story() -> None:
    subject = story_subject("Floods reach the capital", ["First.", "Second.", "Background about elections."])
    assert not subject.shared_by("Elections are coming")


def test_most_headlines_must_share_the_subject_and_at_least_the_number_asked() -> None:
    subject = story_subject("Floods reach the capital")
    assert subject.held_by(["Floods again", "More floods", "Football results"])
    assert not subject.held_by(["Floods again", "Football results", "Election polls"])
    assert not subject.held_by(["Floods again"], least=2)


def test_function_words_share_no_subject_in_the_languages_news_is_written_in() -> None:
    subject = story_subject("Perché il governo cade quando tutti votano contro")
    assert not subject.shared_by("Quando tutti vanno al mare, perché no")
    assert subject.shared_by("Il governo cerca una maggioranza")
    assert not story_subject("Warum die Regierung wieder zwischen allen steht").shared_by("Wieder Regen zwischen Berg und Tal")


def test_the_words_of_the_sites_name_share_no_subject() -> None:
    subject = story_subject("Consortium picks Linux for embedded devices", url="http://www.linuxdevices.com/articles/1.html")
    assert not subject.shared_by("Media player turbo-charges PCs with Linux")
    assert subject.shared_by("Consortium elects a new chair")
    assert story_subject("Consortium picks Linux").shared_by("Media player turbo-charges PCs with Linux")


def test_a_headline_tells_the_story_by_a_word_of_its_headline_not_only_of_its_lead() -> None:
    subject = story_subject("Super Value stumped on when price hikes will end",
                            ["Prices keep rising across the Bahamas, the chain's president said."])
    assert subject.told_by("Price hikes hit the island's grocers")
    assert subject.shared_by("Bahamas summer bookings trending very positively")
    assert not subject.told_by("Bahamas summer bookings trending very positively")


def test_an_acronym_of_three_or_four_capitals_names_a_subject_but_not_in_a_text_set_in_capitals() -> None:
    assert subject_words("Prezes URE ujawnia ceny gazu") >= {"ure"}
    assert "nato" in subject_words("NATO meets in Brussels")
    assert "ure" not in subject_words("PREZES URE UJAWNIA CENY GAZU")  # every word is in capitals there
    subject = story_subject("Prezes URE ujawnia, od kiedy mogą zostać uwolnione ceny gazu")
    assert subject.shared_by("URE zdecyduje w sprawie cen gazu")
    # An unmarked list is read without them: a section's every headline may name one ("NHS").
    assert not story_subject("Prezes URE ujawnia ceny", acronyms=False).shared_by("URE zdecyduje w sprawie cen gazu")


def test_a_storys_medium_shares_no_subject() -> None:
    # "En vidéo : les tunnels du Hamas" and "Vidéo. Les images d'Acapulco" are about two things.
    assert subject_words("En vidéo : voilà les tunnels du Hamas") == {"voilà", "tunnels", "hamas"}
    assert not story_subject("En vidéo : voilà les tunnels").shared_by("Vidéo. Les images d'Acapulco après l'ouragan")
