#!/usr/bin/env python3
"""Regression guard over the development sets: runs ../shared/corpus/run_dev.sh with
parallax-cli and fails when a figure drops below the floor reached so far. The floors sit a
little under the figures measured when they were set; they guard, they are not targets."""
import re
import sys

from floorcheck import run_and_check

# set -> {figure: floor}
FLOORS = {
    "seeds": {"quotes F1": 0.98, "speaker acc": 0.95, "places F1": 0.98, "canonical acc": 0.98},
    "ruuk-quotes": {"quotes F1": 0.97, "places F1": 0.77, "speaker acc": 0.70},
    "polnear": {"quotes F1": 0.90, "speaker acc": 0.77},
    "geowebnews": {"places F1": 0.87, "places P": 0.94},
    "lgl": {"places F1": 0.77, "places P": 0.89},
    "factrueval": {"places F1": 0.84},
    "bsnlp-ru": {"forms F1": 0.90},
    "bsnlp-uk": {"forms F1": 0.92},
    "ner-uk": {"places F1": 0.62},
}


def figures(line):
    found = {}
    for unit in ("quotes", "places", "forms"):
        m = re.search(unit + r" P ([0-9.]+) R ([0-9.]+) F1 ([0-9.]+)", line)
        if m:
            found[unit + " P"], found[unit + " R"], found[unit + " F1"] = map(float, m.groups())
    for name in ("speaker acc", "canonical acc"):
        m = re.search(name + r" ([0-9.]+)", line)
        if m:
            found[name] = float(m.group(1))
    return found


def main():
    return run_and_check("usage: check_dev_figures.py RUN_DEV_SH PARALLAX_CLI", sys.argv, FLOORS, figures)


if __name__ == "__main__":
    sys.exit(main())
