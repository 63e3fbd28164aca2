

def test_definition_lists_become_label_lines():
    """A <dl> of project facts reads as "term: definition" lines, as tables do."""
    from ngo_atlas.ingest.readers import read_bytes

    page = """<html><head><title>Projekt</title></head><body><nav>Menu</nav><main><article>
<h1>Projekt „Razem w Lublinie”</h1>
<p>Fundacja Przykład realizuje projekt wspierający cudzoziemców w Lublinie. Projekt obejmuje
porady prawne, kursy języka polskiego i spotkania integracyjne dla rodzin.</p>
<dl><dt>Okres realizacji</dt><dd>01.03.2021 – 28.02.2023</dd>
<dt>Partner:</dt><dd>Stowarzyszenie Dom</dd><dd>Fundacja Most</dd></dl>
<p>Więcej informacji udziela koordynatorka projektu w siedzibie fundacji w Lublinie.</p>
</article></main></body></html>"""
    text = read_bytes(page.encode("utf-8"), "p.html", "p.html").text
    assert "Okres realizacji: 01.03.2021 – 28.02.2023" in text.splitlines()
    assert "Partner: Stowarzyszenie Dom" in text.splitlines()
    assert "Partner: Fundacja Most" in text.splitlines()
