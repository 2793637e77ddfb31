"""The floor: read every file of a folder and find its numbers with one compiled regular expression.

No linter can be faster than reading its input and tokenizing the figures once; the benchmark
reports factlint's throughput as a fraction of this.
"""
from __future__ import annotations

import os
import re
import sys

NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")


def main(root: str) -> None:
    found = 0
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as fh:
                    found += len(NUMBER.findall(fh.read()))
    print(found)


if __name__ == "__main__":
    main(sys.argv[1])
