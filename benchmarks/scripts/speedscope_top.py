#!/usr/bin/env python3
"""Summarise a speedscope trace written by BenchmarkDotNet's EventPipe profiler (`--profiler EP`).

Prints the frames with the most exclusive (self) time and the most inclusive time, so a performance note can say where
the time goes. Python 3 standard library only.

  dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- --filter '*MoneyScan.KoNewsParse*' --job short --profiler EP
  python3 benchmarks/scripts/speedscope_top.py "BenchmarkDotNet.Artifacts/<name>.speedscope.json" --top 25 --match KoNewsParse
"""
from __future__ import annotations

import argparse
import collections
import json
import sys

ON_CPU = {"CPU_TIME", "UNMANAGED_CODE_TIME"}
PSEUDO = ON_CPU | {"BLOCKED_TIME", "AWAIT_TIME"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trace")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--match", default="", help="only show frames whose name contains this text")
    args = ap.parse_args()
    with open(args.trace, encoding="utf-8") as f:
        data = json.load(f)
    frames = [fr["name"] for fr in data["shared"]["frames"]]
    self_ms: collections.Counter = collections.Counter()
    total_ms: collections.Counter = collections.Counter()
    grand = 0.0
    for profile in data["profiles"]:
        if profile.get("type") != "evented":
            continue
        stack: list[tuple[int, float]] = []
        last = None
        for ev in profile["events"]:
            at = ev["at"]
            if stack and last is not None and frames[stack[-1][0]] in ON_CPU:
                # the trace marks on-CPU time with a pseudo-frame on top: charge it to the real frame below
                owner = next((fr for fr, _ in reversed(stack) if frames[fr] not in PSEUDO), stack[-1][0])
                self_ms[owner] += at - last
                grand += at - last
            last = at
            if ev["type"] == "O":
                stack.append((ev["frame"], at))
            elif stack:
                frame, opened = stack.pop()
                if all(fr != frame for fr, _ in stack):  # count recursion once
                    total_ms[frame] += at - opened
    if grand == 0:
        print("no samples", file=sys.stderr)
        return 1

    def show(title: str, counter: collections.Counter) -> None:
        print(title)
        shown = 0
        for frame, ms in counter.most_common():
            name = frames[frame]
            if args.match and args.match not in name:
                continue
            print(f"  {ms / grand * 100:6.1f}%  {ms:10.1f} ms  {name[:160]}")
            shown += 1
            if shown >= args.top:
                break

    show(f"exclusive (self) on-CPU time, total {grand:.0f} ms", self_ms)
    show("inclusive time", total_ms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
