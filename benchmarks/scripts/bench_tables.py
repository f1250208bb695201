#!/usr/bin/env python3
"""Turn BenchmarkDotNet's JSON exports into the README benchmark tables.

Reads, from one results directory (default: BenchmarkDotNet.Artifacts/results):
  *-report-brief.json    BenchmarkDotNet JSON exporter output (JsonExporter.Brief, enabled in BenchConfig)
  corpus-manifest.json   exact corpus sizes (written by the benchmark program before every run)
  accuracy.json          labelled money set results (`-- accuracy`)
and writes the Markdown block between `<!-- bench:start -->` and `<!-- bench:end -->` in every file given with
--write (README.md, docs/benchmarks.md). Without --write it prints the block.

MB/s = mebibytes (2^20 bytes) of UTF-8 input per second on one core, from the mean time per operation.
Python 3 standard library only.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
MIB = 1024 * 1024

# secondary rows shown under a capability: (capability label, row label, method)
SECONDARY = [
    ("Duplicates exact", "↳ in-article detector", "InArticle"),
    ("Duplicates near", "↳ in-article detector", "InArticle"),
    ("Boilerplate", "↳ line by line, no context", "PerLine"),
    ("Pipeline", "↳ without the company stage", "WithoutCompanies"),
]
# (label, BenchmarkDotNet type, items kind, target kind, target value)
CAPABILITIES = [
    ("Money", "MoneyScan", None, "MB/s", 50),
    ("Quantities", "QuantityScan", None, None, None),
    ("Dates", "DateScan", None, "MB/s", 50),
    ("Companies", "CompanyScan", None, "MB/s", 50),
    ("Duplicates exact", "ExactDuplicates", "paragraphs", "items/s", 150_000),
    ("Duplicates near", "NearDuplicates", "paragraphs", "items/s", 30_000),
    ("Boilerplate", "BoilerplateScan", "paragraphs", None, None),
    ("Pipeline", "ArticlePipeline", "articles", "items/s", 5_000),
]
RECOGNIZERS_TARGET = 300  # money must be at least this many times faster than Recognizers' currency model
LIBRARY_METHOD = "KoNewsParse"


def load_results(results_dir: str) -> tuple[dict, dict]:
    """Returns ({(type, method, size): benchmark}, host environment info)."""
    rows: dict = {}
    host: dict = {}
    for path in sorted(glob.glob(os.path.join(results_dir, "*-report-brief.json"))):
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        host = host or report.get("HostEnvironmentInfo", {})
        stamp = re.search(r"-(\d{8})-(\d{6})$", report.get("Title", ""))
        for b in report.get("Benchmarks", []):
            stats = b.get("Statistics") or {}
            if not stats.get("Mean"):
                continue  # failed or not run
            size = dict(p.split("=", 1) for p in b.get("Parameters", "").split("&") if "=" in p).get("Size")
            job = re.search(r": (\w+)", b.get("DisplayInfo", ""))
            rows[(b["Type"], b["Method"], size)] = {
                "mean_ns": stats["Mean"],
                "stddev_ns": stats.get("StandardDeviation", 0.0),
                "n": stats.get("N", 0),
                "alloc": (b.get("Memory") or {}).get("BytesAllocatedPerOperation"),
                "job": job.group(1) if job else "?",
                "stamp": stamp.groups() if stamp else None,
            }
    return rows, host


def load_json(path: str) -> dict | None:
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fmt_time(ns: float | None) -> str:
    if ns is None:
        return "—"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:,.2f} {unit}"
    return f"{ns:,.1f} ns"


def fmt_bytes(b: float | None) -> str:
    if b is None:
        return "—"
    if b == 0:
        return "0 B"
    for unit, scale in (("GB", 1024**3), ("MB", MIB), ("KB", 1024)):
        if b >= scale:
            return f"{b / scale:,.1f} {unit}"
    return f"{b:,.0f} B"


def fmt_num(x: float | None, digits: int = 0) -> str:
    return "—" if x is None else f"{x:,.{digits}f}"


def table(header: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    sep = ["---:" if a == "r" else "---" for a in align]
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
    return out


def build_block(results_dir: str, failed: dict[str, str] | None = None) -> str:
    failed = failed or {}
    rows, host = load_results(results_dir)
    manifest = load_json(os.path.join(results_dir, "corpus-manifest.json")) or {"corpora": []}
    corpora = {c["size"]: c for c in manifest["corpora"]}
    accuracy = load_json(os.path.join(results_dir, "accuracy.json"))

    def get(t: str, m: str, size: str) -> dict | None:
        return rows.get((t, m, size))

    def mbps(r: dict | None, size: str) -> float | None:
        if r is None or size not in corpora:
            return None
        return corpora[size]["utf8Bytes"] / MIB / (r["mean_ns"] / 1e9)

    def items_per_s(r: dict | None, size: str, kind: str | None) -> float | None:
        if r is None or kind is None or size not in corpora:
            return None
        return corpora[size][kind] / (r["mean_ns"] / 1e9)

    jobs = sorted({r["job"] for r in rows.values()})
    stamps = sorted(r["stamp"] for r in rows.values() if r["stamp"])
    days = sorted({f"{s[0][:4]}-{s[0][4:6]}-{s[0][6:]}" for s in stamps})
    # Partial re-runs (one suite after a change) leave older exports for the other rows: name every day that contributed.
    date = ("not run yet" if not days else days[0] if len(days) == 1
            else f"{', '.join(days[:-1])} and {days[-1]} (re-run rows: docs/benchmarks.md)")
    out = [START, "<!-- generated by benchmarks/scripts/bench_tables.py from BenchmarkDotNet's JSON export; do not edit by hand -->", ""]
    if rows:
        out.append(
            f"Measured {date} with BenchmarkDotNet {host.get('BenchmarkDotNetVersion', '?')} (job: {', '.join(jobs)}) on "
            f"{host.get('ProcessorName', '?')}, {host.get('LogicalCoreCount', '?')} logical cores, {host.get('OsVersion', '?')}, "
            f"{host.get('RuntimeVersion', '?')}. One thread per benchmark. "
            + ("Timed in-process in thread CPU time (the 2 cores were shared with other busy jobs; wall-clock time would "
               "mostly measure waiting for a core); ratios from the same run are the most robust figures. "
               if any(j.startswith("CpuClock") for j in jobs) else
               "Wall-clock time; on a shared machine absolute figures are noisy and ratios from the same run are the "
               "most robust figures. ")
            + "MB/s = 2^20 bytes of UTF-8 input per second. Methodology and performance notes: "
            "[docs/benchmarks.md](docs/benchmarks.md).")
        if "Dry" in jobs:
            out.append("")
            out.append("**Warning: these rows come from BenchmarkDotNet's Dry job (one cold iteration) and are not measurements.**")
    else:
        out.append("No benchmark results yet: run the commands in [docs/benchmarks.md](docs/benchmarks.md), then this script.")
    out.append("")

    # 1. throughput (1x corpus)
    one = "Mb1"
    label_one = corpora.get(one, {}).get("label", "1 MB")
    out.append(f"**Throughput** ({label_one} corpus, one core; the status also checks the 10× corpus)")
    out.append("")
    trs = []
    rows_to_show = []
    for cap in CAPABILITIES:
        rows_to_show.append((cap[0], cap, LIBRARY_METHOD))
        rows_to_show += [(sub, cap, method) for (parent, sub, method) in SECONDARY if parent == cap[0]]
    for label, (_, typ, kind, tkind, tval), method in rows_to_show:
        r = get(typ, method, one)
        speed = mbps(r, one)
        items = items_per_s(r, one, kind)
        alloc_per_mb = None if r is None or r["alloc"] is None or one not in corpora else r["alloc"] / (corpora[one]["utf8Bytes"] / MIB)
        if tkind is None:
            target, status = "—", "—"
        else:
            value = speed if tkind == "MB/s" else items
            unit = "MB/s" if tkind == "MB/s" else f"{kind}/s"
            target = f"≥ {tval:,} {unit}"
            status = ("failed: " + failed[label] if label in failed else "—") if value is None else ("met" if value >= tval else "missed")
            r10 = get(typ, method, "Mb10")
            v10 = mbps(r10, "Mb10") if tkind == "MB/s" else items_per_s(r10, "Mb10", kind)
            if value is not None and v10 is not None and (value >= tval) != (v10 >= tval):
                status = f"{status} at 1×, {'met' if v10 >= tval else 'missed'} at 10× ({fmt_num(v10, 0 if tkind != 'MB/s' else 1)})"
        trs.append([label, fmt_time(r["mean_ns"] if r else None), fmt_num(speed, 1),
                    f"{fmt_num(items)} {kind}/s" if items is not None else "—",
                    fmt_bytes(r["alloc"] if r else None), fmt_bytes(alloc_per_mb), target, status])
    out += table(["Capability", "Mean", "MB/s", "Items/s", "Allocated", "Allocated per MB", "Target", "Status"], trs,
                 ["l", "r", "r", "r", "r", "r", "l", "l"])
    out.append("")

    # 2. scaling 1x vs 10x
    ten = "Mb10"
    label_ten = corpora.get(ten, {}).get("label", "10 MB")
    out.append(f"**Scaling** ({label_one} = 1× vs {label_ten} = 10×; cost per MB ratio ≈ 1.0 means linear)")
    out.append("")
    srs = []
    for label, (_, typ, _, _, _), method in rows_to_show:
        a, b = get(typ, method, one), get(typ, method, ten)
        if a and b and one in corpora and ten in corpora:
            t_ratio = b["mean_ns"] / a["mean_ns"]
            in_ratio = corpora[ten]["utf8Bytes"] / corpora[one]["utf8Bytes"]
            per_mb = t_ratio / in_ratio
            verdict = "linear" if per_mb <= 1.3 else "super-linear"
            srs.append([label, fmt_time(a["mean_ns"]), fmt_time(b["mean_ns"]), f"{t_ratio:.2f}×", f"{in_ratio:.2f}×", f"{per_mb:.2f}", verdict])
        else:
            srs.append([label, fmt_time(a["mean_ns"] if a else None), fmt_time(b["mean_ns"] if b else None), "—", "—", "—", "—"])
    out += table(["Capability", "1×", "10×", "Time ratio", "Input ratio", "Cost per MB 10×/1×", "Verdict"], srs,
                 ["l", "r", "r", "r", "r", "r", "l"])
    out.append("")

    # 3. versus Recognizers (10 KB, same input)
    small = "Kb10"
    label_small = corpora.get(small, {}).get("label", "10 KB")
    nbytes = corpora.get(small, {}).get("utf8Bytes")
    out.append(f"**Versus Microsoft.Recognizers.Text 1.8.13** (same {label_small} input"
               f"{f' = {nbytes:,} bytes' if nbytes else ''}, paragraph by paragraph, same run)")
    out.append("")
    base = get("VersusRecognizers", "KoNewsParseMoney", small)
    vrs = []
    for method, name in (("KoNewsParseMoney", "KoNewsParse money"),
                         ("KoNewsParseMoneyAndQuantities", "KoNewsParse money + quantities"),
                         ("RecognizersCurrency", "Recognizers Korean currency model"),
                         ("RecognizersNumber", "Recognizers Korean number model"),
                         ("NaiveRegex", "Naive interpreted Regex (match only)"),
                         ("IndexOfAnyFloor", "IndexOfAny digit pass (floor)")):
        r = get("VersusRecognizers", method, small)
        rel = "—" if not (r and base) else f"{r['mean_ns'] / base['mean_ns']:,.2f}×"
        vrs.append([name, fmt_time(r["mean_ns"] if r else None), fmt_num(mbps(r, small), 2), fmt_bytes(r["alloc"] if r else None), rel])
    out += table(["Implementation", "Mean", "MB/s", "Allocated", "Time relative to KoNewsParse money"], vrs, ["l", "r", "r", "r", "r"])
    out.append("")
    cur = get("VersusRecognizers", "RecognizersCurrency", small)
    num = get("VersusRecognizers", "RecognizersNumber", small)
    mq = get("VersusRecognizers", "KoNewsParseMoneyAndQuantities", small)
    hrs = []
    if base and cur:
        ratio = cur["mean_ns"] / base["mean_ns"]
        hrs.append(["Money vs currency model", f"{ratio:,.0f}×", f"≥ {RECOGNIZERS_TARGET}×", "met" if ratio >= RECOGNIZERS_TARGET else "missed"])
    else:
        hrs.append(["Money vs currency model", "—", f"≥ {RECOGNIZERS_TARGET}×", "—"])
    if mq and num:
        hrs.append(["Money + quantities vs number model", f"{num['mean_ns'] / mq['mean_ns']:,.0f}×", "—", "—"])
    else:
        hrs.append(["Money + quantities vs number model", "—", "—", "—"])
    out += table(["Speed-up (same input, same run)", "KoNewsParse is faster by", "Target", "Status"], hrs, ["l", "r", "l", "l"])
    out.append("")

    # 4. naive baselines at 1x
    out.append(f"**Baselines** ({label_one}, same run as the library)")
    out.append("")
    brs = []
    for label, typ, naive in (("Money", "MoneyScan", "MoneyNaiveRegex"), ("Dates", "DateScan", "DateNaiveRegex"),
                              ("Companies", "CompanyScan", "CompanyNaiveRegex75Names")):
        lib = get(typ, LIBRARY_METHOD, one)
        for name, r in (("KoNewsParse", lib), (f"naive Regex ({naive})", get("NaiveBaselines", naive, one)),
                        ("IndexOfAny floor", get("NaiveBaselines", "IndexOfAnyFloor", one))):
            rel = "—" if not (r and lib) else f"{r['mean_ns'] / lib['mean_ns']:,.2f}×"
            brs.append([label, name, fmt_time(r["mean_ns"] if r else None), fmt_num(mbps(r, one), 1), fmt_bytes(r["alloc"] if r else None), rel])
    out += table(["Capability", "Implementation", "Mean", "MB/s", "Allocated", "Time relative to KoNewsParse"], brs,
                 ["l", "l", "r", "r", "r", "r"])
    out.append("")

    # 5. corpus
    if corpora:
        out.append(f"**Corpus** (generated, seed {manifest.get('seed', '?')}; planted expressions per corpus)")
        out.append("")
        crs = []
        for c in manifest["corpora"]:
            p = c.get("planted", {})
            crs.append([c["label"], f"{c['utf8Bytes']:,}", f"{c['articles']:,}", f"{c['paragraphs']:,}", f"{p.get('Money', 0):,}",
                        f"{p.get('Dates', 0):,}", f"{p.get('Companies', 0):,}",
                        f"{p.get('ExactDuplicates', 0) + p.get('Syndicated', 0):,} / {p.get('NearDuplicates', 0):,}", f"{p.get('Boilerplate', 0):,}"])
        out += table(["Corpus", "UTF-8 bytes", "Articles", "Lines", "Money", "Dates", "Company names", "Exact / near duplicates", "Boilerplate lines"],
                     crs, ["l", "r", "r", "r", "r", "r", "r", "r", "r"])
        out.append("")

    # 6. accuracy
    out.append("**Accuracy** (labelled money set: own sentences with expected amount and currency, plus traps; "
               "correct = exactly the expected values, nothing spurious)")
    out.append("")
    if accuracy:
        n, e, t = accuracy["cases"], accuracy["expressions"], accuracy["traps"]
        ars = []
        for key, name in (("konewsparse", "KoNewsParse"), ("recognizers", "Microsoft.Recognizers.Text 1.8.13 (currency model)")):
            a = accuracy[key]
            ars.append([name, f"{a['correct']} / {n}", f"{a['expressionsCorrect']} / {e}", f"{a['trapsCorrect']} / {t}"])
        out += table(["Library", "Correct", "Money expressions", "Traps rejected"], ars, ["l", "r", "r", "r"])
    else:
        out += table(["Library", "Correct", "Money expressions", "Traps rejected"],
                     [["KoNewsParse", "—", "—", "—"], ["Microsoft.Recognizers.Text 1.8.13 (currency model)", "—", "—", "—"]],
                     ["l", "r", "r", "r"])
    out.append("")
    out.append(END)
    return "\n".join(out)


def replace_block(path: str, block: str) -> None:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{path}: markers {START} … {END} not found")
    text = text[:start] + block + text[end + len(END):]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", default=os.path.join("BenchmarkDotNet.Artifacts", "results"), help="results directory")
    ap.add_argument("--write", action="append", default=[], help="file whose bench block to replace (repeatable)")
    ap.add_argument("--failed", action="append", default=[], metavar="LABEL=REASON",
                    help="mark a capability row whose benchmark failed, e.g. 'Pipeline=threw NullReferenceException'")
    args = ap.parse_args()
    block = build_block(args.results, dict(f.split("=", 1) for f in args.failed))
    if not args.write:
        print(block)
    for path in args.write:
        replace_block(path, block)
        print(f"updated {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
