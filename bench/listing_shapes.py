"""Time parse_front_page on built pages of hostile shapes (thousands of menu cells, "read more" links, strips), beside
the same-site baseline, in one run: a page of an odd shape must cost about what a page of its size does.

    python bench/listing_shapes.py [--cells N]

Each line: the shape, the page's size, the entries found, the milliseconds of this project and of the baseline (best
of 3), their ratio. A shape whose ratio is far above the real pages' (bench/listing.py prints ~6) reads some block once
per link: quadratic.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.listing import baseline, ours  # noqa: E402
from bench.scoring import FrontPage  # noqa: E402

URL = "https://news.example.com/"


def shapes(n: int) -> dict[str, str]:
    """Return pages of hostile shapes, n links each, by name."""
    def story(i: int) -> str:
        return f"/2020/10/14/story-number-{i}-{100000 + i}"

    return {
        "mega-menu cells": '<ul class="hover_subnav"><li class="right_subnav_listing"><div class="contentvalues">'
        + "".join(f'<div class="subnav_listing_box"><a href="{story(i)}">A television story number {i} of the day</a></div>'
                  for i in range(n)) + "</div></li></ul>",
        "flat read-more": "<div>" + "".join(f'<span class="title">Headline number {i} of a long day</span>'
                                            f'<a href="{story(i)}">Read more</a>' for i in range(n)) + "</div>",
        "teasers read-more": "".join(f'<div><h3>Headline number {i} of a long day</h3><a href="{story(i)}">Devamını Oku</a>'
                                     "</div>" for i in range(n)),
        "latest strips": "".join('<ul class="latest-news">' + "".join(
            f'<li><a href="{story(i * 30 + j)}">Latest headline {i} {j} of the day</a></li>' for j in range(30)) + "</ul>"
            for i in range(n // 30)),
        "trending boxes": "".join(f'<div class="trending-box"><a href="{story(i)}">Trending story {i} of the day</a></div>'
                                  for i in range(n)),
        "share-hooked teasers": "".join(f'<div class="teaser js-share-dialog-container"><a href="{story(i)}">Story {i} of'
                                        " the evening news</a></div>" for i in range(n)),
    }


def best_ms(lister: Callable[[FrontPage], list[tuple[str, str]]], page: FrontPage) -> tuple[float, int]:
    """Return the best of three runs in milliseconds and the number of entries."""
    times, found = [], 0
    for _ in range(3):
        start = time.perf_counter()
        found = len(lister(page))
        times.append(1000 * (time.perf_counter() - start))
    return min(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=int, default=3000, help="links per page (default 3000)")
    args = parser.parse_args()
    print("| shape | KB | entries | this project ms | baseline ms | ratio |")
    print("|---|---|---|---|---|---|")
    for name, body in shapes(args.cells).items():
        html = f"<html><body>{body}</body></html>".encode()
        page = FrontPage(name, URL, html, [], "")
        ms, found = best_ms(ours, page)
        base, _ = best_ms(baseline, page)
        print(f"| {name} | {len(html) // 1000} | {found} | {ms:.0f} | {base:.0f} | {ms / base:.1f} |")


if __name__ == "__main__":
    main()
