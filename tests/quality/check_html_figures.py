#!/usr/bin/env python3
"""Regression guard over the saved-page development sets: runs
../shared/corpus/html-dev/tools/run_html_dev.sh with parallax-cli and fails when a figure
drops below the floor reached so far. The floors sit a little under the figures measured when
they were set; they guard, they are not targets."""
import re
import sys

from floorcheck import run_and_check

# set -> {figure: floor}; "body" is the body F1.
FLOORS = {
    "readability": {"body": 0.88, "site": 0.95, "author": 0.70, "date": 0.95},
    "trafilatura": {"body": 0.88, "title": 0.76, "author": 0.62, "date": 0.75},
}


def figures(line):
    found = {}
    m = re.search(r"body F1 ([0-9.]+)", line)
    if m:
        found["body"] = float(m.group(1))
    for name in ("title", "site", "author", "date"):
        m = re.search(r"\| " + name + r" ([0-9.]+)/", line)
        if m:
            found[name] = float(m.group(1))
    return found


def main():
    return run_and_check("usage: check_html_figures.py RUN_HTML_DEV_SH PARALLAX_CLI", sys.argv, FLOORS, figures)


if __name__ == "__main__":
    sys.exit(main())
