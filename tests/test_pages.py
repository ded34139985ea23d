"""Real web pages read well: the printed headline, credits kept out of actors, clean key points,
no briefing of a page without an article. Every page here is small and written for the rule
it tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import brief, render
from briefing.actors.roles import tidy_aliases, tidy_roles
from briefing.cli.command import app
from briefing.errors import ExitStatus, InputError
from briefing.input.credits import author_names, caption_credits, clean_author
from briefing.input.headline import choose_title, clean_title
from briefing.input.text import read_document
from briefing.model import Document, Sentence
from briefing.output.phrases import phrases
from briefing.ranking.select import is_candidate
from briefing.segment import balanced_quotes, dateline_end, segment, split_sentences, words

pytest.importorskip("trafilatura")

runner = CliRunner()

BODY = (
    "<p>The city council of Valmont voted on Tuesday to close the old harbour bridge after "
    "engineers found cracks in its main span, a decision that will force thousands of "
    "commuters onto ferries for the rest of the year.</p>"
    "<p>Mayor Isabelle Marchand said the council had no other choice once the report arrived. "
    "The engineers will return next month to decide whether the span can be repaired.</p>"
    "<p>Ferry operators said they would add crossings in the morning and the evening. "
    "Shops near the bridge fear that fewer people will pass by until it opens again.</p>"
    "<p>The council will meet again in June to hear the engineers and to vote on the money "
    "for the repair, which the report puts at several million euros.</p>"
)


def page(body: str = BODY, *, title: str = "", head: str = "", before: str = "") -> str:
    """A small news page: metadata in the head, the given markup above the article body."""
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<article>{before}{body}</article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


def read(html: str, tmp_path: Path) -> tuple[object, str]:
    from briefing.input.sources import read_article

    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_article(str(path))


# -- the headline as printed -------------------------------------------------------------------


def test_printed_headline_wins_over_the_metadata_title(tmp_path: Path) -> None:
    html = page(
        title="Valmont closes bridge | The Valmont Courier | 19.01.2020",
        head='<meta property="og:site_name" content="The Valmont Courier">',
        before="<h1>Valmont closes its old harbour bridge after cracks are found</h1>",
    )
    document, _ = read(html, tmp_path)
    assert document.title == "Valmont closes its old harbour bridge after cracks are found"


def test_kicker_line_of_the_headline_is_left_out(tmp_path: Path) -> None:
    html = page(
        title="Brückenschaden: Valmont schließt die alte Hafenbrücke",
        before="<h1><span>Nach dem Gutachten</span>"
        "<span>Valmont schließt die alte Hafenbrücke</span></h1>",
    )
    document, _ = read(html, tmp_path)
    assert document.title == "Valmont schließt die alte Hafenbrücke"


def test_heading_in_navigation_is_not_the_headline() -> None:
    title = choose_title(
        "Bridge closed after cracks found - Courier",
        [],
        site="Courier",
    )
    assert title == "Bridge closed after cracks found"


@pytest.mark.parametrize(
    ("meta", "site", "url", "expected"),
    [
        ("Bridge closed after cracks | DW | 19.01.2020", "DW", None, "Bridge closed after cracks"),
        (
            "Bridge closed after cracks | The Japan Times",
            "Japan Times",
            None,
            "Bridge closed after cracks",
        ),
        (
            "Bridge closed after cracks » SciLogs - Wissenschaftsblogs",
            None,
            None,
            "Bridge closed after cracks",
        ),
        (
            "Bridge closed after cracks - Telegraph",
            "Telegraph.co.uk",
            None,
            "Bridge closed after cracks",
        ),
        (
            "Bridge closed after cracks - Courier",
            None,
            "https://www.courier.example/a/1",
            "Bridge closed after cracks",
        ),
        (
            "Bridge closed after cracks - Local News - Courier",
            "Courier",
            None,
            "Bridge closed after cracks",
        ),
        (
            "Zugverkehr: Im ICE fällt die Klimaanlage aus",
            None,
            None,
            "Im ICE fällt die Klimaanlage aus",
        ),
        (
            "Kim Jong Un: Der Diktator ist zurück - Trump ist froh",
            "Frankfurter Rundschau",
            None,
            "Kim Jong Un: Der Diktator ist zurück - Trump ist froh",
        ),
    ],
)
def test_metadata_title_loses_site_date_and_kicker_by_shape(
    meta: str, site: str | None, url: str | None, expected: str
) -> None:
    assert clean_title(meta, site=site, url=url) == expected


def test_the_one_h1_wins_over_a_metadata_title_that_says_something_else() -> None:
    h1 = "Old laptop batteries light homes"
    title = choose_title("Weekly digest: December 29 - Courier", [h1], site="Courier", h1s=[h1])
    assert title == h1


def test_heading_that_opens_the_body_is_the_headline_when_metadata_differs() -> None:
    printed = ["Latest stories", "Old laptop batteries light homes"]
    title = choose_title(
        "Used batteries could power the developing world",
        printed,
        body_headings=["Old laptop batteries light homes"],
    )
    assert title == "Old laptop batteries light homes"


# -- credits: bylines, author boxes, photo credits, the publication ------------------------------


@pytest.mark.parametrize(
    ("author", "site", "expected"),
    [
        ("No Author", None, None),
        ("CBS News February", "CBS News", None),
        ("SPIEGEL ONLINE; Hamburg; Germany", "SPIEGEL ONLINE", None),
        ("Jane Roe; 2020-01-19", None, "Jane Roe"),
        ("Jane Roe and John Doe", None, "Jane Roe; John Doe"),
        ("Submitted", None, None),
        ("Staff; Jane Roe", None, "Jane Roe"),
        ("Young", None, "Young"),
    ],
)
def test_junk_author_metadata_is_dropped(
    author: str, site: str | None, expected: str | None
) -> None:
    assert clean_author(author, site) == expected


def test_caption_credit_lines_name_people_and_agencies() -> None:
    assert caption_credits("The bridge at dawn. (Photo: Matt Stone/Boston Daily)") == [
        "Matt Stone",
        "Boston Daily",
    ]
    assert set(caption_credits("Ferries wait at the pier. AP Photo/John Doe")) == {
        "AP Photo",
        "John Doe",
    }
    assert author_names("By Jane Roe, Staff Writer") == ("Jane Roe", "Staff Writer")


def test_byline_author_and_photo_credit_are_not_actors(tmp_path: Path) -> None:
    html = page(
        title="Valmont closes bridge",
        head='<meta name="author" content="Jane Roe">'
        '<meta property="og:site_name" content="Valmont Courier">',
        before="<h1>Valmont closes its old harbour bridge</h1>"
        "<p class='byline'>By <a rel='author' href='/jane'>Jane Roe</a></p>"
        "<figure><img src='a.jpg'><figcaption>The bridge at dawn. "
        "(Photo: Matt Stone/Reuters)</figcaption></figure>",
    )
    document, _ = read(html, tmp_path)
    names = {a.name for a in brief(document, actors=None).actors}
    assert "Isabelle Marchand" in names
    assert not names & {"Jane Roe", "Matt Stone", "Reuters", "Valmont Courier"}


def test_a_credited_name_that_acts_in_the_body_stays_an_actor(tmp_path: Path) -> None:
    body = BODY + "<p>Jane Roe, who wrote the first report, said the cracks were old.</p>"
    html = page(body, head='<meta name="author" content="Jane Roe">')
    document, _ = read(html, tmp_path)
    assert "Jane Roe" in {a.name for a in brief(document, actors=None).actors}


def test_author_line_in_the_body_is_a_byline(tmp_path: Path) -> None:
    body = BODY + "<p>Autorin: Jane Roe, Korrespondentin der Zeitung in Valmont und Umgebung</p>"
    html = page(body, head='<meta name="author" content="Jane Roe">')
    document, _ = read(html, tmp_path)
    assert document.blocks[-1].kind == "byline"
    assert "Jane Roe" not in {a.name for a in brief(document, actors=None).actors}


def test_contact_line_at_the_end_is_a_byline() -> None:
    text = (
        "Bridge closed\n\nThe council closed the bridge on Tuesday after cracks were found.\n\n"
        "Jane Roe may be reached at jroe@courier.example. Follow her on Twitter @janeroe."
    )
    assert read_document(text).blocks[-1].kind == "byline"


# -- datelines and agency tags -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
        ("(CNN) -- The official was talking.", "The official was talking."),
        ("London (CNN)It was the interview.", "It was the interview."),
        ("Frankfurt/Main (dpa) - Für den Verkehr gilt.", "Für den Verkehr gilt."),
        ("SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers found it.", "Rescuers found it."),
        ("The man (42) said no.", "The man (42) said no."),
        ("Apple (AAPL) Shares rose.", "Apple (AAPL) Shares rose."),
    ],
)
def test_dateline_is_cut_from_the_sentence_it_starts(paragraph: str, rest: str) -> None:
    assert paragraph[dateline_end(paragraph, 0, len(paragraph)) :] == rest


def test_dateline_cut_keeps_offsets_right() -> None:
    text = (
        "Bridge shut\n\nA note from the editors.\n\n"
        "VALMONT (Reuters) - The council shut the bridge."
    )
    document = read_document(text)
    sentences = segment(document)
    assert sentences[-1].text == "The council shut the bridge."
    for sentence in sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text


# -- quotations and key points -------------------------------------------------------------------


def test_sentences_are_not_split_inside_a_quotation() -> None:
    text = "“We had no choice. The report was clear,” Marchand said. Then she left."
    assert split_sentences(text) == [
        "“We had no choice. The report was clear,” Marchand said.",
        "Then she left.",
    ]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("“We won,” she said.", True),
        ("We won,” she said.", False),
        ("She said: “They told us to come back next week.", False),
        ("Er sei „glücklich“, sagte er.", True),
        ("»Wer weiß?« sagte er.", True),
        ("« Au total », dit-il.", True),
        ('He said "no.', False),
    ],
)
def test_balanced_quotation_marks(text: str, ok: bool) -> None:
    assert balanced_quotes(text) is ok


def test_a_sentence_with_one_quote_mark_is_no_key_point() -> None:
    text = "casualised staff and the unions said the pay was far too low,” Grady said."
    sentence = Sentence("It " + text, 0, len(text) + 3, 0, 0, words("It " + text))
    assert not is_candidate(sentence)


def test_key_points_do_not_repeat_a_shown_quote() -> None:
    text = (
        "Bridge shut\n\n"
        "“We closed the harbour bridge because the engineers found deep cracks in the span,” "
        "Mayor Isabelle Marchand said on Tuesday.\n\n"
        "The council of Valmont closed the harbour bridge on Tuesday after engineers found "
        "cracks.\n\nFerries will carry commuters across the harbour until the span is repaired."
        "\n\nThe engineers will return in June to decide whether the bridge can be saved."
    )
    briefing = brief(text, sentences=3, quotes=4)
    assert briefing.quotes
    for quote in briefing.quotes:
        for point in briefing.key_points:
            assert quote.text not in point.text


# -- pages without an article ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "<div id='app'></div><noscript><p>You need to enable JavaScript to run this app.</p>"
        "</noscript><script>window.app = {}</script>",
        "<figure><img src='a.jpg'><figcaption>Ferries wait at the pier in Valmont on Tuesday "
        "morning.</figcaption></figure><p>Subscribe to read the full story.</p>",
        "<p>{{ article.headline }} {{ article.body | safe }} {% for item in items %} "
        "{{ item.title }} {% endfor %} and some more template text here.</p>",
    ],
)
def test_page_without_an_article_is_refused_with_exit_3(body: str, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(body, title="Valmont Courier"), encoding="utf-8")
    with pytest.raises(InputError):
        read(page(body, title="Valmont Courier"), tmp_path)
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == ExitStatus.INPUT
    assert result.stderr.count("\n") == 1 and "article" in result.stderr


COLLECTION = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "CollectionPage", "mainEntity": {"@type": "ItemList", "itemListElement": '
    '[{"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle"}}]}}</script>'
)
NEWS_ARTICLE = (
    '<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Bridge shut"},'
    ' {"@type": "ItemList"}]</script>'
)


@pytest.mark.parametrize(
    ("body", "head"),
    [(BODY, COLLECTION)],
    ids=["a collection in its data"],
)
def test_a_page_of_several_stories_is_refused(body: str, head: str, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(body, title="Valmont Courier", head=head), encoding="utf-8")
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == ExitStatus.INPUT
    assert result.stderr.count("\n") == 1 and "several stories" in result.stderr


def test_structured_data_too_deep_to_parse_is_passed_over(tmp_path: Path) -> None:
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    document, _ = read(page(BODY, title="Bridge shut", head=deep), tmp_path)
    assert isinstance(document, Document)


def test_an_article_that_lists_other_stories_in_its_data_is_briefed(tmp_path: Path) -> None:
    document, _ = read(page(BODY, title="Bridge shut", head=NEWS_ARTICLE), tmp_path)
    assert isinstance(document, Document)
    related = "".join(
        f"<p>Another story of the harbour, number {n}, goes on …</p>" for n in range(6)
    )
    document, _ = read(page(BODY + related, title="Bridge shut"), tmp_path)
    assert isinstance(document, Document)


#: The Valmont story in scripts written without spaces: Chinese ends its sentences with 。,
#: Thai with a space and no mark at all.
CHINESE_BODY = (
    "<p>瓦尔蒙市议会周二投票决定关闭旧港口大桥。工程师在主跨发现了裂缝，数千名通勤者今年余下时间"
    "将改乘渡轮。</p><p>市长伊莎贝尔·马尔尚表示，报告送达后议会别无选择。工程师下个月将回来决定"
    "主跨能否修复。</p><p>渡轮公司表示将在早晚增加班次。大桥附近的商店担心，在大桥重新开放之前"
    "路过的人会减少。</p>"
)
THAI_BODY = (
    "<p>สภาเมืองวาลมงต์ลงมติเมื่อวันอังคารให้ปิดสะพานท่าเรือเก่า หลังวิศวกรพบรอยร้าวที่ช่วงหลักของสะพาน "
    "ผู้โดยสารหลายพันคนจะต้องใช้เรือข้ามฟากไปจนถึงสิ้นปี</p>"
    "<p>นายกเทศมนตรีกล่าวว่าสภาไม่มีทางเลือกอื่นเมื่อได้รับรายงาน "
    "วิศวกรจะกลับมาในเดือนหน้าเพื่อตัดสินว่าจะซ่อมช่วงหลักได้หรือไม่</p>"
    "<p>ผู้ประกอบการเรือข้ามฟากกล่าวว่าจะเพิ่มเที่ยวเรือในช่วงเช้าและเย็น "
    "ร้านค้าใกล้สะพานกังวลว่าจะมีคนผ่านน้อยลงจนกว่าสะพานจะเปิดอีกครั้ง</p>"
)


@pytest.mark.parametrize("body", [CHINESE_BODY, THAI_BODY], ids=["Chinese", "Thai"])
def test_an_article_in_a_script_without_spaces_is_briefed(body: str, tmp_path: Path) -> None:
    """Its paragraphs are prose, not headings; its sentences can be key points."""
    document, _ = read(page(body, title="Valmont"), tmp_path)
    assert isinstance(document, Document)
    assert [b.kind for b in document.blocks if b.kind != "title"] == ["paragraph"] * 3
    briefing = brief(document, sentences=2)
    assert len(briefing.key_points) == 2
    assert all(point.text in document.text for point in briefing.key_points)


def test_chinese_sentences_end_at_their_full_stops() -> None:
    text = "瓦尔蒙市议会周二投票决定关闭旧港口大桥。市长表示：“议会别无选择。”渡轮将增加班次！"
    assert split_sentences(text) == [
        "瓦尔蒙市议会周二投票决定关闭旧港口大桥。",
        "市长表示：“议会别无选择。”",
        "渡轮将增加班次！",
    ]


def test_a_sentence_in_a_script_without_cases_can_be_a_key_point() -> None:
    """Only capitals with no lower case mark a heading; Thai has no cases at all."""
    thai = "สภาเมืองวาลมงต์ลงมติให้ปิดสะพาน DNA ท่าเรือเก่า หลังวิศวกรพบรอยร้าว ที่ช่วงหลัก ของสะพาน"
    heading = "COUNCIL CLOSES THE OLD HARBOUR BRIDGE AFTER CRACKS"
    assert is_candidate(Sentence(thai, 0, len(thai), 0, 0, words(thai)))
    assert not is_candidate(Sentence(heading, 0, len(heading), 0, 0, words(heading)))


# -- actors: roles and aliases said once -----------------------------------------------------------


def test_roles_that_another_role_says_are_dropped() -> None:
    assert tidy_roles(("South Carolina Congressman", "Congressman")) == (
        "South Carolina Congressman",
    )
    assert tidy_roles(("Maj-Gen.", "commander", "Major General")) == (
        "commander",
        "Major General",
    )


def test_alias_that_only_adds_a_role_is_not_an_alias() -> None:
    aliases = ("Trump", "President Donald Trump", "Mr. Trump")
    assert tidy_aliases("Donald Trump", aliases, ("President",)) == ("Trump",)


def test_actor_line_says_each_thing_once() -> None:
    text = (
        "Trump visits the plant\n\nPresident Donald Trump visited the plant on Monday. Trump "
        "said the plant was great. South Carolina Congressman James Clyburn disagreed. "
        "Congressman James Clyburn said it was not. Clyburn left early."
    )
    actors = {a.name: a for a in brief(text, actors=None).actors}
    assert actors["Donald Trump"].aliases == ("Trump",)
    assert actors["James Clyburn"].roles == ("South Carolina Congressman",)
    assert "Congressman James Clyburn" not in actors["James Clyburn"].aliases


# -- small things of the output --------------------------------------------------------------------


def test_method_is_named_as_a_method_and_length_in_the_language() -> None:
    assert phrases("news", "medium (5 sentences)", "english") == {
        "method": "key points by the news method",
        "length": "medium (5 sentences)",
    }
    german = phrases("news", "medium (5 sentences)", "german")
    assert german["length"] == "mittel (5 Sätze)"
    assert phrases("lead", "40% of sentences", "french")["length"] == "40 % des phrases"
    assert phrases("lead", "1 word", "spanish")["length"] == "1 palabra"


def test_markdown_line_names_the_method(sample_text: str) -> None:
    out = render(brief(sample_text), "markdown")
    assert "key points by the news method" in out


@pytest.mark.parametrize(("short", "heading"), [("md", "# "), ("txt", "")])
def test_format_by_its_extension_name(short: str, heading: str, sample_path: Path) -> None:
    result = runner.invoke(app, [str(sample_path), "-f", short])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(heading)


def test_usage_line_reads_as_a_manual() -> None:
    result = runner.invoke(app, ["--help"])
    assert "SOURCE..." in result.stdout
    assert "{SOURCE" not in result.stdout and "list[str]" not in result.stdout


def test_an_alias_with_a_nationality_and_a_role_is_no_other_name() -> None:
    aliases = ("Soleimani", "Iranian General Qassem Soleimani")
    assert tidy_aliases("Qassem Soleimani", aliases, ("General",)) == ("Soleimani",)
    assert tidy_aliases("Anna Weber", ("Berlin Anna Weber",), ("General",)) == (
        "Berlin Anna Weber",
    )


def test_a_byline_printed_in_the_headline_element_is_cut() -> None:
    printed = "Council closes the harbour bridge - by Jane Roe April 21, 2022 Article by Jane Roe"
    assert choose_title(None, [printed], h1s=[printed]) == "Council closes the harbour bridge"
    kept = "Council closes the harbour bridge - by order of the court"
    assert choose_title(None, [kept], h1s=[kept]) == kept
