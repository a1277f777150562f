"""Settings: every HANDBOOK_* variable and extra.handbook key is checked once, with a message naming it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from macros.model.edition import Edition
from macros.model.settings import NAV_GUIDELINES_LIMIT, Settings, SettingsError, read_settings

REAL_EXTRA = {"overlay": "", "nav_guidelines_limit": 50, "edition": {"label": "2020-udgaven", "published": dt.date(2020, 9, 21)},
              "feedback": "mailto:fejl@example.dk"}


def problems(extra, environ) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        read_settings(extra, environ)
    return caught.value.problems


def test_defaults_and_the_real_settings():
    assert read_settings(None, {}) == Settings()
    settings = read_settings(REAL_EXTRA, {})
    assert settings.edition == Edition("2020-udgaven", "2020-09-21")
    assert settings.nav_guidelines_limit == 50 and settings.feedback == "mailto:fejl@example.dk"
    assert settings.zip_build is False and settings.site_url is None and settings.data_dir is None


def test_environment_wins_over_mkdocs_yml(tmp_path):
    environ = {"HANDBOOK_NAV_GUIDELINES_LIMIT": "0", "HANDBOOK_OVERLAY": "/srv/b.yml", "HANDBOOK_ZIP": "true",
               "HANDBOOK_SITE_URL": "https://intra.kommune.dk/haandbog/", "HANDBOOK_DATA": str(tmp_path)}
    settings = read_settings({**REAL_EXTRA, "overlay": "overlays/a.yml"}, environ)
    assert settings.nav_guidelines_limit is None  # 0: every guideline in the menu
    assert settings.overlay == "/srv/b.yml" and settings.zip_build is True
    assert settings.site_url == "https://intra.kommune.dk/haandbog/" and settings.data_dir == Path(tmp_path)
    assert read_settings({"nav_guidelines_limit": ""}, {}).nav_guidelines_limit == NAV_GUIDELINES_LIMIT
    assert read_settings({}, {"HANDBOOK_NAV_GUIDELINES_LIMIT": "3"}).nav_guidelines_limit == 3


@pytest.mark.parametrize(("extra", "environ", "expected"), [
    ({}, {"HANDBOOK_NAV_GUIDELINES_LIMIT": "abc"},
     "setting HANDBOOK_NAV_GUIDELINES_LIMIT: 'abc' is not allowed; use a whole number, 0 or more (0 lists every guideline)"),
    ({"nav_guidelines_limit": -2}, {},
     "setting extra.handbook.nav_guidelines_limit: '-2' is not allowed; use a whole number, 0 or more (0 lists every guideline)"),
    ({}, {"HANDBOOK_ZIP": "ja tak"}, "setting HANDBOOK_ZIP: 'ja tak' is not allowed; use true or false"),
    ({}, {"HANDBOOK_SITE_URL": "intra/haandbog"},
     "setting HANDBOOK_SITE_URL: 'intra/haandbog' is not allowed; use a full address, e.g. https://intra.kommune.dk/haandbog/"),
    ({}, {"HANDBOOK_DATA": "/findes/ikke"},
     "setting HANDBOOK_DATA: '/findes/ikke' is not allowed; use a folder that exists and holds the data files"),
    ({"feedback": "fejl@example.dk"}, {},
     "setting extra.handbook.feedback: 'fejl@example.dk' is not allowed; use mailto:address, an https:// address or leave it empty"),
    ({"edition": {"published": "21.9.2020"}}, {},
     "setting extra.handbook.edition.published: '21.9.2020' is not allowed; use a date as YYYY-MM-DD, e.g. 2020-09-21"),
    ({"edition": {"lable": "x"}}, {}, "setting extra.handbook.edition.lable: unknown setting; allowed: label, published"),
    ({"nav_guideline_limit": 5}, {}, "setting extra.handbook.nav_guideline_limit: unknown setting; did you mean 'nav_guidelines_limit'?"),
    ({"overlay": ["a.yml"]}, {},
     "setting extra.handbook.overlay: '['a.yml']' is not allowed; use the path of an overlay file, e.g. overlays/vores-kommune.yml"),
])
def test_bad_setting_names_setting_value_and_what_is_allowed(extra, environ, expected):
    assert problems(extra, environ) == [expected]


def test_every_bad_setting_is_reported_at_once():
    found = problems({"feedback": "x"}, {"HANDBOOK_ZIP": "x", "HANDBOOK_NAV_GUIDELINES_LIMIT": "x"})
    assert len(found) == 3
