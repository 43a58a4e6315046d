"""Benchmark parse_front_page on real front pages, against the simple same-site rule, in one run.

    python bench/listing.py [FOLDER ...] [--pages] [--also REF ...]

Without FOLDER it runs ../shared/corpora/frontpages (the shared three),
tests/fixtures/frontpages (gathered pages, reported by split: dev and heldout),
tests/fixtures/frontpages-heldout (when present: gathered later, truths written before any parser ran on them),
tests/fixtures/frontpages-final (when present: a second such set, kept to judge a round's end),
tests/fixtures/frontpages-last (when present: a third such set, gathered the same way),
the judged sets (tests/fixtures/frontpages-judge, -judge2, -judgek ... -judgeay: "set I" to "set AY", each gathered with
its truths written before any parser ran, held out until it judged a round, development since; JUDGED_FOLDERS says which,
each set's README when it judged and its figures then), the sets still held out (HELDOUT_FOLDERS: aggregate lines only) and,
when present,
../corpora-dev/frontpages (development pages kept outside the repository, its README says whence). A folder holds
<name>.html.gz pages and a truth.json; how pages are scored is in bench/scoring.py. The
baseline is the rule: same-site links whose path has an id (4+ digits) or 2+ segments, and
whose text has 4+ words. The two take turns page by page; the last line gives the ratio of times.
--also REF adds the parse_front_page of git revision REF's bot/news/listing.py (e.g. main). Only that
file is swapped: the rules live in bot/news/frontpage/ and markup.py, which stay this tree's, so for a
before/after of the rules run this bench in a checkout of REF (`git archive REF | tar -x -C DIR`).
--pages prints each page's figures, but never for a held-out set (the heldout split, the held-out folders):
their failures are not to be looked at while the rules are tuned. A judged set's pages keep the "heldout" split they were
gathered with and are shown all the same: it is development since it judged.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
from typing import Callable
from pathlib import Path
from urllib.parse import urljoin, urlsplit

# Run as a script, Python puts bench/ on the path, not the repository that holds it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scoring import FRONTPAGES, REPO, FrontPage, listing_table, load_frontpages, score_listers  # noqa: E402
from bot.news.listing import ListingError, parse_front_page  # noqa: E402
from bot.news.urls import same_site  # noqa: E402

GATHERED = REPO / "tests" / "fixtures" / "frontpages"
# The held-out folders, when present, each under the label its table prints (aggregate only, never per page).
HELDOUT_FOLDERS = {
    "gathered, fresh held-out": REPO / "tests" / "fixtures" / "frontpages-heldout",
    "gathered, final held-out": REPO / "tests" / "fixtures" / "frontpages-final",
    "gathered, last held-out": REPO / "tests" / "fixtures" / "frontpages-last",
    "set YF (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyf",
    "set YC (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyc",
    "set YB (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyb",
    "set YG (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyg",
    "set YH (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyh",
    "set YE (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeye",
    "set YA (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeya",
    "set YD (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyd",
    "set YJ (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyj",
    "set YI (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyi",
    "set YK (held out, gathered 2026-12-05, fortieth stop)": REPO / "tests" / "fixtures" / "frontpages-judgeyk",
}
# Folders of sets that have judged a round and are development pages since (their figures at the time are in their
# READMEs): scored like the gathered dev pages, page by page with --pages.
JUDGED_FOLDERS = {
    "set I (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judge",
    "set J (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judge2",
    "set K (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judgek",
    "set L (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judgel",
    "set M (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judgem",
    "set N (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judgen",
    "set O (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judgeo",
    "set P (judged 2026-11-30, development since)": REPO / "tests" / "fixtures" / "frontpages-judgep",
    "set R (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judger",
    "set S (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judges",
    "set T (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judget",
    "set U (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeu",
    "set V (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgev",
    "set W (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgew",
    "set Y (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgey",
    "set Z (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgez",
    "set AA (judged 2026-11-30, second stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeaa",
    "set AB (judged 2026-11-30, third stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeab",
    "set AC (judged 2026-11-30, third stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeac",
    "set AD (judged 2026-11-30, third stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgead",
    "set AE (judged 2026-11-30, third stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeae",
    "set AF (judged 2026-11-30, third stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeaf",
    "set AG (judged 2026-11-30, fourth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeag",
    "set AH (judged 2026-11-30, fifth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeah",
    "set AI (judged 2026-11-30, fifth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeai",
    "set AJ (judged 2026-11-30, fifth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeaj",
    "set AK (judged 2026-11-30, fifth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeak",
    "set AL (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeal",
    "set AM (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeam",
    "set AN (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgean",
    "set AO (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeao",
    "set AP (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeap",
    "set AQ (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeaq",
    "set AR (judged 2026-11-30, sixth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgear",
    "set AS (judged 2026-11-30, seventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeas",
    "set AT (judged 2026-11-30, seventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeat",
    "set AU (judged 2026-11-30, seventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeau",
    "set AV (judged 2026-11-30, seventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeav",
    "set AW (judged 2026-12-01, eighth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeaw",
    "set AX (judged 2026-12-01, eighth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeax",
    "set AY (judged 2026-12-01, eighth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeay",
    "set AZ (judged 2026-12-01, eighth stop and the ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeaz",
    "set BA (judged 2026-12-01, ninth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeba",
    "set BB (judged 2026-12-01, ninth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebb",
    "set BC (judged 2026-12-01, ninth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebc",
    "set BD (judged 2026-12-01, ninth stop and the tenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebd",
    "set BE (judged 2026-12-01, tenth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebe",
    "set BH (judged 2026-12-01, tenth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebh",
    "set BJ (judged 2026-12-01, tenth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebj",
    "set BL (judged 2026-12-01, tenth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebl",
    "set BF (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebf",
    "set BG (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebg",
    "set BI (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebi",
    "set BK (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebk",
    "set BM (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebm",
    "set BN (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebn",
    "set BO (judged 2026-12-01, tenth stop and the eleventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebo",
    "set BP (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebp",
    "set BR (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebr",
    "set BT (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebt",
    "set BU (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebu",
    "set BX (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebx",
    "set BV (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebv",
    "set BW (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebw",
    "set BQ (judged 2026-12-01, eleventh stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebq",
    "set BS (judged 2026-12-01, eleventh stop and the twelfth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebs",
    "set CA (judged 2026-12-01, eleventh stop and the twelfth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeca",
    "set BY (judged 2026-12-01, eleventh stop and the twelfth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeby",
    "set BZ (judged 2026-12-01, eleventh stop and the twelfth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgebz",
    "set CB (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecb",
    "set CC (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecc",
    "set CD (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecd",
    "set CE (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgece",
    "set CF (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecf",
    "set CG (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecg",
    "set CH (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgech",
    "set CI (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeci",
    "set CJ (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecj",
    "set CK (judged 2026-12-01, twelfth stop; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeck",
    "set CL (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecl",
    "set CM (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecm",
    "set CN (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecn",
    "set CO (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeco",
    "set CP (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecp",
    "set CQ (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecq",
    "set CR (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecr",
    "set CS (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecs",
    "set CT (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgect",
    "set CU (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecu",
    "set CV (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecv",
    "set CW (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecw",
    "set CX (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecx",
    "set CY (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecy",
    "set CZ (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgecz",
    "set DA (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeda",
    "set DB (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedb",
    "set DC (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedc",
    "set DD (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedd",
    "set DE (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgede",
    "set DF (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedf",
    "set DG (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedg",
    "set DH (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedh",
    "set DI (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedi",
    "set DJ (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedj",
    "set DK (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedk",
    "set DL (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedl",
    "set DM (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedm",
    "set DN (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedn",
    "set DO (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedo",
    "set DP (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedp",
    "set DQ (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedq",
    "set DR (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedr",
    "set DS (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeds",
    "set DT (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedt",
    "set DU (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedu",
    "set DV (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedv",
    "set DW (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedw",
    "set DX (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedx",
    "set DY (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedy",
    "set DZ (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgedz",
    "set EA (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeea",
    "set EB (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeeb",
    "set EC (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeec",
    "set ED (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeed",
    "set EE (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeee",
    "set EF (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeef",
    "set EG (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeeg",
    "set EH (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeeh",
    "set EI (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeei",
    "set EJ (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeej",
    "set EK (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeek",
    "set EL (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeel",
    "set EM (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeem",
    "set EN (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeen",
    "set EO (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeeo",
    "set EP (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeep",
    "set EQ (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeeq",
    "set ER (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeer",
    "set ES (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgees",
    "set ET (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeet",
    "set EU (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeeu",
    "set EV (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeev",
    "set EW (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeew",
    "set EX (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeex",
    "set EY (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeey",
    "set EZ (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeez",
    "set FA (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefa",
    "set FB (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefb",
    "set FC (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefc",
    "set FD (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefd",
    "set FE (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefe",
    "set FF (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeff",
    "set FG (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefg",
    "set FH (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefh",
    "set FI (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefi",
    "set FJ (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefj",
    "set FK (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefk",
    "set FL (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefl",
    "set FM (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefm",
    "set FN (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefn",
    "set FO (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefo",
    "set FQ (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefq",
    "set FR (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefr",
    "set FS (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefs",
    "set FT (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeft",
    "set FU (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefu",
    "set FV (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefv",
    "set FW (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefw",
    "set FX (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefx",
    "set FY (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefy",
    "set FZ (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgefz",
    "set GA (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgega",
    "set GB (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegb",
    "set GC (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegc",
    "set GD (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegd",
    "set GE (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgege",
    "set GF (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegf",
    "set GG (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegg",
    "set GH (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegh",
    "set GI (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegi",
    "set GJ (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegj",
    "set GK (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegk",
    "set GL (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegl",
    "set GM (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegm",
    "set GN (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegn",
    "set GO (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgego",
    "set GP (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegp",
    "set GQ (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegq",
    "set GR (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegr",
    "set GS (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegs",
    "set GT (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegt",
    "set GU (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegu",
    "set GV (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegv",
    "set GW (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegw",
    "set GX (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegx",
    "set GY (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegy",
    "set GZ (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgegz",
    "set HA (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeha",
    "set HB (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehb",
    "set HC (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehc",
    "set HD (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehd",
    "set HE (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehe",
    "set HF (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehf",
    "set HG (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehg",
    "set HH (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehh",
    "set HI (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehi",
    "set HJ (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehj",
    "set HK (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehk",
    "set HL (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehl",
    "set HM (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehm",
    "set HN (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehn",
    "set HO (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeho",
    "set HP (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehp",
    "set HQ (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehq",
    "set HR (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehr",
    "set HS (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehs",
    "set HT (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeht",
    "set HU (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehu",
    "set HV (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehv",
    "set HW (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehw",
    "set HX (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehx",
    "set HY (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehy",
    "set HZ (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgehz",
    "set IA (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeia",
    "set IB (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeib",
    "set IC (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeic",
    "set ID (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeid",
    "set IE (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeie",
    "set IF (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeif",
    "set IG (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeig",
    "set IH (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeih",
    "set II (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeii",
    "set IJ (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeij",
    "set IK (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeik",
    "set IL (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeil",
    "set IM (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeim",
    "set IN (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgein",
    "set IO (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeio",
    "set IP (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeip",
    "set IQ (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeiq",
    "set IR (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeir",
    "set IS (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeis",
    "set IT (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeit",
    "set IU (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeiu",
    "set IV (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeiv",
    "set IW (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeiw",
    "set IX (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeix",
    "set IY (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeiy",
    "set IZ (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeiz",
    "set JA (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeja",
    "set JB (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejb",
    "set JC (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejc",
    "set JD (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejd",
    "set JE (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeje",
    "set JF (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejf",
    "set JG (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejg",
    "set JH (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejh",
    "set JI (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeji",
    "set JJ (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejj",
    "set JK (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejk",
    "set JL (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejl",
    "set JM (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejm",
    "set JN (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejn",
    "set JO (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejo",
    "set JP (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejp",
    "set JQ (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejq",
    "set JR (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejr",
    "set JS (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejs",
    "set JT (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejt",
    "set JU (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeju",
    "set JV (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejv",
    "set JW (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejw",
    "set JX (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejx",
    "set JY (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejy",
    "set JZ (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgejz",
    "set KA (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeka",
    "set KB (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekb",
    "set KC (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekc",
    "set KD (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekd",
    "set KE (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeke",
    "set KF (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekf",
    "set KG (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekg",
    "set KH (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekh",
    "set KI (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeki",
    "set KJ (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekj",
    "set KO (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeko",
    "set KK (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekk",
    "set KL (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekl",
    "set KM (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekm",
    "set KN (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekn",
    "set KP (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekp",
    "set KQ (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekq",
    "set KR (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekr",
    "set KS (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeks",
    "set KT (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekt",
    "set KU (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeku",
    "set KV (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekv",
    "set KW (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekw",
    "set KX (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekx",
    "set KY (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeky",
    "set KZ (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgekz",
    "set LA (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgela",
    "set LB (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelb",
    "set LC (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelc",
    "set LD (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeld",
    "set LE (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgele",
    "set LF (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelf",
    "set LG (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelg",
    "set LH (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelh",
    "set LI (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeli",
    "set LJ (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelj",
    "set LK (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelk",
    "set LL (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgell",
    "set LM (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelm",
    "set LN (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeln",
    "set LO (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelo",
    "set LQ (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelq",
    "set LR (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelr",
    "set LS (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgels",
    "set LT (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelt",
    "set LU (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelu",
    "set LV (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelv",
    "set LW (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelw",
    "set LX (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelx",
    "set LY (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgely",
    "set LZ (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgelz",
    "set MA (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgema",
    "set MB (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemb",
    "set MC (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemc",
    "set MD (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemd",
    "set ME (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeme",
    "set MF (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemf",
    "set MG (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemg",
    "set MH (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemh",
    "set MI (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemi",
    "set MJ (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemj",
    "set MK (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemk",
    "set ML (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeml",
    "set MM (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemm",
    "set MN (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemn",
    "set MO (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemo",
    "set MP (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemp",
    "set MQ (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemq",
    "set MR (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemr",
    "set MS (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgems",
    "set MT (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemt",
    "set MU (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemu",
    "set MV (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemv",
    "set MW (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemw",
    "set MX (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemx",
    "set MY (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemy",
    "set MZ (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgemz",
    "set NA (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgena",
    "set NB (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenb",
    "set NC (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenc",
    "set ND (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgend",
    "set NE (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgene",
    "set NF (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenf",
    "set NG (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeng",
    "set NH (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenh",
    "set NI (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeni",
    "set NJ (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenj",
    "set NK (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenk",
    "set NL (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenl",
    "set NM (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenm",
    "set NN (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenn",
    "set NO (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeno",
    "set NP (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenp",
    "set NQ (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenq",
    "set NR (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenr",
    "set NS (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgens",
    "set NT (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgent",
    "set NU (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenu",
    "set NV (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenv",
    "set NW (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenw",
    "set NX (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenx",
    "set NY (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeny",
    "set NZ (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgenz",
    "set OA (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoa",
    "set OB (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeob",
    "set OC (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoc",
    "set OD (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeod",
    "set OE (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoe",
    "set OF (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeof",
    "set OG (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeog",
    "set OH (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoh",
    "set OI (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoi",
    "set OJ (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoj",
    "set OK (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeok",
    "set OL (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeol",
    "set OM (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeom",
    "set ON (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeon",
    "set OO (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoo",
    "set OP (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeop",
    "set OQ (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoq",
    "set OR (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeor",
    "set OS (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeos",
    "set OT (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeot",
    "set OU (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeou",
    "set OV (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeov",
    "set OW (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeow",
    "set OX (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeox",
    "set OY (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoy",
    "set OZ (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeoz",
    "set PA (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepa",
    "set PB (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepb",
    "set PC (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepc",
    "set PD (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepd",
    "set PE (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepe",
    "set PF (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepf",
    "set PG (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepg",
    "set PH (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeph",
    "set PI (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepi",
    "set PJ (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepj",
    "set PK (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepk",
    "set PL (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepl",
    "set PM (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepm",
    "set PN (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepn",
    "set PO (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepo",
    "set PP (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepp",
    "set PQ (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepq",
    "set PR (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepr",
    "set PS (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeps",
    "set PT (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgept",
    "set PU (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepu",
    "set PV (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepv",
    "set PW (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepw",
    "set PX (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepx",
    "set PY (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepy",
    "set PZ (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgepz",
    "set QA (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqa",
    "set QB (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqb",
    "set QC (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqc",
    "set QD (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqd",
    "set QE (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqe",
    "set QF (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqf",
    "set QG (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqg",
    "set QH (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqh",
    "set QI (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqi",
    "set QJ (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqj",
    "set QK (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqk",
    "set QL (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeql",
    "set QM (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqm",
    "set QN (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqn",
    "set QO (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqo",
    "set QP (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqp",
    "set QQ (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqq",
    "set QR (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqr",
    "set QS (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqs",
    "set QT (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqt",
    "set QU (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgequ",
    "set QV (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqv",
    "set QW (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqw",
    "set QX (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqx",
    "set QY (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqy",
    "set QZ (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeqz",
    "set RA (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgera",
    "set RB (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerb",
    "set RC (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerc",
    "set RD (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerd",
    "set RE (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgere",
    "set RF (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerf",
    "set RG (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerg",
    "set RH (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerh",
    "set RI (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeri",
    "set RJ (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerj",
    "set RK (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerk",
    "set RL (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerl",
    "set RM (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgerm",
    "set RN (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgern",
    "set RO (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgero",
    "set SA (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesa",
    "set SB (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesb",
    "set SC (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesc",
    "set SD (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesd",
    "set SE (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgese",
    "set SF (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesf",
    "set SG (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesg",
    "set SH (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesh",
    "set SI (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesi",
    "set SJ (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesj",
    "set SK (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesk",
    "set SL (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesl",
    "set SM (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesm",
    "set SN (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgesn",
    "set SO (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeso",
    "set TA (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeta",
    "set TB (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetb",
    "set TC (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetc",
    "set TD (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetd",
    "set TE (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgete",
    "set TF (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetf",
    "set TG (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetg",
    "set TH (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeth",
    "set TI (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeti",
    "set TJ (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetj",
    "set TK (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetk",
    "set TL (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetl",
    "set TM (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetm",
    "set TN (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgetn",
    "set TO (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeto",
    "set UA (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeua",
    "set UB (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeub",
    "set UC (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeuc",
    "set UD (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeud",
    "set UE (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeue",
    "set UF (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeuf",
    "set UG (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeug",
    "set UH (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeuh",
    "set UI (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeui",
    "set UJ (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeuj",
    "set UK (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeuk",
    "set UL (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeul",
    "set UM (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeum",
    "set UN (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeun",
    "set UO (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeuo",
    "set VA (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeva",
    "set VB (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevb",
    "set VC (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevc",
    "set VD (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevd",
    "set VE (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgeve",
    "set VF (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevf",
    "set VG (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevg",
    "set VH (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevh",
    "set VI (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevi",
    "set VJ (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevj",
    "set VK (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevk",
    "set VL (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevl",
    "set VM (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevm",
    "set VN (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevn",
    "set VO (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgevo",
    "set WA (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewa",
    "set WB (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewb",
    "set WC (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewc",
    "set WD (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewd",
    "set WE (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewe",
    "set WF (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewf",
    "set WG (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewg",
    "set WH (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewh",
    "set WI (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewi",
    "set WJ (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewj",
    "set WK (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewk",
    "set WL (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewl",
    "set WM (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewm",
    "set WN (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewn",
    "set WO (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgewo",
    "set XA (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexa",
    "set XB (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexb",
    "set XC (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexc",
    "set XD (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexd",
    "set XE (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexe",
    "set XF (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexf",
    "set XG (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexg",
    "set XH (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexh",
    "set XI (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexi",
    "set XJ (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexj",
    "set XK (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexk",
    "set XL (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexl",
    "set XM (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexm",
    "set XN (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexn",
    "set XO (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)": REPO / "tests" / "fixtures" / "frontpages-judgexo",
}
DEVELOPMENT = REPO.parent / "corpora-dev" / "frontpages"
_ID = re.compile(r"\d{4,}")


def ours(page: FrontPage) -> list[tuple[str, str]]:
    """Return parse_front_page's entries as (url, title)."""
    try:
        return [(e.url, e.title) for e in parse_front_page(page.html, page.url).entries]
    except ListingError:
        return []


def at_revision(ref: str) -> Callable[[FrontPage], list[tuple[str, str]]]:
    """Return a lister running parse_front_page as bot/news/listing.py was at git revision ref."""
    source = subprocess.run(["git", "show", f"{ref}:bot/news/listing.py"], cwd=REPO, check=True,
                            capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(source)
    spec = importlib.util.spec_from_file_location("listing_at_" + re.sub(r"\W", "_", ref), handle.name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)

    def lister(page: FrontPage) -> list[tuple[str, str]]:
        try:
            return [(e.url, e.title) for e in module.parse_front_page(page.html, page.url).entries]
        except module.ListingError:
            return []

    return lister


def baseline(page: FrontPage) -> list[tuple[str, str]]:
    """Return same-site links with an id or 2+ path segments and 4+ words of text, first of each URL."""
    import lxml.html

    root = lxml.html.fromstring(page.html)
    seen: dict[str, str] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        url = urljoin(page.url, href.strip()).split("#", 1)[0]
        if not url.startswith("http") or not same_site(page.url, url):
            continue
        path = urlsplit(url).path
        if not (_ID.search(path) or len([s for s in path.split("/") if s]) >= 2):
            continue
        text = " ".join(" ".join(anchor.itertext()).split())
        if len(text.split()) >= 4 and url not in seen:
            seen[url] = text
    return list(seen.items())


def _titles_of(known: dict[str, Path], folders: list[Path]) -> set[str]:
    """Return the titles main gives the sets of known: their labels, and each folder given that is one of them."""
    places = {folder.resolve() for folder in known.values()}
    return {*known, *(str(folder) for folder in folders if folder.resolve() in places)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--pages", action="store_true", help="print each page's figures too (not the held-out ones)")
    parser.add_argument("--also", action="append", default=[], metavar="REF", help="also run the parser of git revision REF")
    args = parser.parse_args()
    sets: list[tuple[str, list[FrontPage]]] = []
    if args.folders:
        sets = [(str(folder), load_frontpages(folder)) for folder in args.folders]
    else:
        if FRONTPAGES.exists():
            sets.append(("shared front pages", load_frontpages(FRONTPAGES)))
        else:
            print(f"({FRONTPAGES} is absent: the shared pages are skipped)")
        for split in ("dev", "heldout"):
            sets.append((f"gathered, {split}", load_frontpages(GATHERED, split)))
        sets.extend((label, load_frontpages(folder)) for label, folder in [*HELDOUT_FOLDERS.items(), *JUDGED_FOLDERS.items()]
                    if (folder / "truth.json").exists())
        if (DEVELOPMENT / "truth.json").exists():
            sets.append(("development pages outside the repository", load_frontpages(DEVELOPMENT)))
    held_out = {"gathered, heldout", *_titles_of(HELDOUT_FOLDERS, args.folders)}
    # A judged set's pages keep their split, "heldout", as gathered: development all the same, shown page by page.
    judged = _titles_of(JUDGED_FOLDERS, args.folders)
    for title, pages in sets:
        if not pages:
            continue
        listers = [("this project", ours)] + [(f"{ref}'s parser", at_revision(ref)) for ref in args.also]
        rows = score_listers(pages, [*listers, ("same-site baseline", baseline)])
        print(listing_table(title, rows))
        if rows[-1].ms_per_page:
            for row in rows[:-1]:
                print(f"time ratio ({row.name} / baseline): {row.ms_per_page / rows[-1].ms_per_page:.2f}")
        if args.pages and title not in held_out and (title in judged or not any(page.split == "heldout" for page in pages)):
            for row in rows:
                for name, p, r, lead, n in row.per_page:
                    print(f"  {row.name:20} {name:14} P={p:.3f} R={r:.3f} lead={'yes' if lead else 'no '} entries={n}")
        print()


if __name__ == "__main__":
    main()
