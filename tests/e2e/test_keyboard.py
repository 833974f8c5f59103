"""Keyboard only: skip link, main navigation and filters, with visible focus."""

import re

from playwright.sync_api import expect

FOCUS_IS_VISIBLE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ringed = style.boxShadow && style.boxShadow !== 'none';
    return (outlined || ringed) && box.width > 0 && box.height > 0
        && box.bottom > 0 && box.top < window.innerHeight;
}"""


def active_text(page):
    return page.evaluate("() => document.activeElement.textContent.trim()")


def tab_to(page, predicate, limit=80):
    """Press Tab until ``predicate(page)`` holds; check focus is visible at every stop."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_IS_VISIBLE), (
            f"focus not visible on: {active_text(page)!r} "
            + page.evaluate(
                "() => JSON.stringify([window.scrollY, window.innerHeight,"
                " document.activeElement.getBoundingClientRect(),"
                " getComputedStyle(document.activeElement).outlineStyle,"
                " getComputedStyle(document.activeElement).boxShadow])"
            )
        )
        if predicate(page):
            return
    raise AssertionError("element not reached with Tab")


def test_skip_link_is_first_and_moves_focus_to_the_content(page):
    page.goto("/leitfaeden/")
    page.keyboard.press("Tab")
    assert active_text(page) == "Zum Inhalt springen"
    assert page.evaluate(FOCUS_IS_VISIBLE)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhalt"


def test_main_navigation_works_with_the_keyboard(page):
    page.goto("/")
    tab_to(page, lambda p: active_text(p) == "Leitprojekte")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/leitprojekte/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Leitprojekte")


def test_filters_work_with_tab_space_and_enter(page):
    page.goto("/leitfaeden/")
    tab_to(
        page,
        lambda p: p.evaluate(
            "() => document.activeElement.type === 'checkbox'"
            " && document.activeElement.name === 'dna'"
        ),
    )
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked")
    tab_to(page, lambda p: active_text(p) == "Filter anwenden")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?dna=digital$"))
    tab_to(page, lambda p: active_text(p).startswith("Südwestfalen-DNA: digital"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/leitfaeden/\?$"))
