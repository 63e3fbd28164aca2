"""Dates and periods in the forms real project pages use."""

import pytest

from ngo_atlas.extract.dates import find_dates, find_periods, open_dates


@pytest.mark.parametrize("text, start, end", [
    ("termin realizacji: czerwiec 2012 – luty 2013", "2012-06", "2013-02"),
    ("Czas realizacji: 01.02.2022-31.07.2022", "2022-02-01", "2022-07-31"),
    ("Projekt realizowany był od września 2009 do grudnia 2010 roku", "2009-09", "2010-12"),
    ("realizowany był w okresie 1 czerwca – 30 listopada 2017 r.", "2017-06-01", "2017-11-30"),
    ("od 1 września 2025 roku do 31 sierpnia 2028 roku realizuje", "2025-09-01", "2028-08-31"),
    ("01 Feb 2019 - 31 Dec 2020", "2019-02-01", "2020-12-31"),
    ("Термін реалізації проекту 01042018 в 31032020", "2018-04-01", "2020-03-31"),
    ("Przez ostatni rok (2022/2023) Stowarzyszenie", "2022", "2023"),
])
def test_periods(text, start, end):
    periods = find_periods(text)
    assert periods, text
    assert (periods[0].start.iso(), periods[0].end.iso()) == (start, end)


def test_single_dates_at_their_precision():
    assert [d.iso() for d in find_dates("1 stycznia 2009 r.")] == ["2009-01-01"]
    assert [d.iso() for d in find_dates("w październiku 2013 r.")] == ["2013-10"]
    assert [d.iso() for d in find_dates("Data początku: 2013")] == ["2013"]


@pytest.mark.parametrize("text, start, end", [
    ("С 1 марта 2018 года мы начали реализацию проекта", "2018-03-01", None),
    ("Проект будет реализован до 28 февраля 2021 года.", None, "2021-02-28"),
    ("Проєкт триватиме до 28 лютого 2021 року.", None, "2021-02-28"),
    ("The project runs from March 2018.", "2018-03", None),
    ("Projekt będzie realizowany do czerwca 2015 roku.", None, "2015-06"),
    ("(projekt zakończył się 31 grudnia 2009 r.)", None, "2009-12-31"),
])
def test_open_dates(text, start, end):
    first, last = open_dates(text, 0, len(text))
    assert (first.iso() if first else None, last.iso() if last else None) == (start, end)


def test_numbers_that_are_not_dates():
    assert find_dates("tel. 796 130 965, pokój 413") == []
