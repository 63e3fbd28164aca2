"""A masthead the page's footer signs too: the name heading the page ("Fundacja X", "Fundacja X |
Kraków") is the body the footer's copyright or address line names ("© 2024 Fundacja X",
"Fundacja X, ul. Y 5, 00-001 Z"). A site's header and its contact block naming one body are
that body's own site, in any language; a portal's or a city's page signs with its own name
under an article about another body's project, and a heading that is no body's name matches
no footer."""

from __future__ import annotations


def footer_signs_masthead(raw: str, head: str, lang: str) -> bool:
    """Whether the copyright or address line at the foot of the raw text names the body that
    head (the page's first line, cleaned to a name) names, in full or in short."""
    from ngo_atlas.extract.organisations import same_org, clean_org, copyright_owner

    own = copyright_owner(raw, lang)
    top = clean_org(head, lang)
    return own is not None and top is not None and same_org(own[0], top[0])
