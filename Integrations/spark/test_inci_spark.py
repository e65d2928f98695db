#!/usr/bin/env python3
"""The Spark job against a local run, in three parts:

1. 2,000 records from the shared corpora (or the project's fixture lists when ../shared is absent), plus
   malformed ones, as JSON Lines through `inci_spark.py` (its command line) on local[2] in 4 partitions, and
   through `inci analyze --batch --jobs 2` locally. Every record must come back once, with the same analysis
   (the same JSON value) or the same error kind; a malformed record is an error row, not a failed job.
2. The first 200 of them as CSV in, Parquet out: read back, every row must be the local analysis.
3. `--mode scan` over saved pages ({id, path} lines): the products must be those of `inci scan --batch`.

    python3 Integrations/spark/test_inci_spark.py --inci .build/debug/inci [--count N]
Exit 0 when they agree, 1 when not; prints the records per second of both runs in part 1 (the figure
BENCHMARKS.md reports, with --count 20000 and a release binary).
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
PARQUET_COUNT = 200


def records(count):
    """(name, ingredient list) pairs from the real corpora, else from Fixtures/lists."""
    found = []
    sephora = os.path.join(SHARED, "products", "sephora-2020-skincare.jsonl")
    if os.path.exists(sephora):
        with open(sephora, encoding="utf-8") as lines:
            for line in lines:
                product = json.loads(line)
                found.append((product.get("product_name"), product.get("ingredients")))
        csv.field_size_limit(1 << 24)
        with open(os.path.join(SHARED, "products", "sephora-cosmetics.csv"), encoding="utf-8") as table:
            for row in csv.DictReader(table):
                found.append((row.get("Name"), row.get("Ingredients")))
    else:
        print("../shared/data is absent: using the project's fixture lists")
        for path in sorted(glob.glob(os.path.join(ROOT, "Fixtures", "lists", "*.txt"))):
            with open(path, encoding="utf-8") as text:
                found.append((os.path.basename(path), text.read()))
    return [found[index % len(found)] for index in range(count)]


def write_input(path, count):
    with open(path, "w", encoding="utf-8") as out:
        for index, (name, text) in enumerate(records(count)):
            out.write(json.dumps({"id": f"r{index:04d}", "product_name": name, "ingredients": text}) + "\n")
        out.write("not json\n")
        out.write(json.dumps({"id": "no-list"}) + "\n")
        out.write(json.dumps({"id": 7, "ingredients": "Dermatologically tested"}) + "\n")


def keyed(lines):
    """id -> (analysis as canonical JSON, error kind); ids are unique, the malformed line has none."""
    result, anonymous = {}, []
    for line in lines:
        record = json.loads(line)
        value = (json.dumps(record.get("analysis"), sort_keys=True), record.get("error_kind"))
        if record.get("id") is None:
            anonymous.append(value)
        else:
            key = json.dumps(record["id"])
            if key in result:
                raise AssertionError(f"id {key} came back twice")
            result[key] = value
    return result, sorted(anonymous)


def run_local(command):
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.time() - started
    if result.returncode not in (0, 1):
        raise RuntimeError(f"local run failed ({result.returncode}): {result.stderr}")
    return result.stdout.splitlines(), seconds


def compare_jsonl(inci, work, count):
    """Part 1: JSON Lines through the job's command line against the local batch run."""
    source = os.path.join(work, "records.jsonl")
    write_input(source, count)
    local_lines, local_seconds = run_local(
        [inci, "analyze", "--batch", source, "--jobs", "2", "--quiet", "--no-overlay"])
    output = os.path.join(work, "out")
    started = time.time()
    job = subprocess.run([sys.executable, os.path.join(HERE, "inci_spark.py"), "--inci", inci, "--master",
                          "local[2]", "--partitions", "4", source, output], capture_output=True, text=True)
    spark_seconds = time.time() - started
    if job.returncode != 0:
        return [f"Spark job failed ({job.returncode}):\n{job.stderr[-4000:]}"], local_lines
    spark_lines = []
    for part in sorted(glob.glob(os.path.join(output, "part-*"))):
        with open(part, encoding="utf-8") as lines:
            spark_lines += [line.rstrip("\n") for line in lines if line.strip()]
    expected, expected_anonymous = keyed(local_lines)
    got, got_anonymous = keyed(spark_lines)
    total = len(local_lines)
    print(f"local inci analyze --batch --jobs 2: {total} records in {local_seconds:.1f} s "
          f"({total / local_seconds:.0f}/s); Spark local[2], 4 partitions: {len(spark_lines)} records in "
          f"{spark_seconds:.1f} s ({len(spark_lines) / spark_seconds:.0f}/s, JVM start-up included); "
          f"Spark / local time {spark_seconds / local_seconds:.2f}")
    problems = []
    if len(spark_lines) != total:
        problems.append(f"{len(spark_lines)} Spark records for {total} local ones")
    if got_anonymous != expected_anonymous:
        problems.append(f"records without an id differ: {got_anonymous} vs {expected_anonymous}")
    differing = [key for key in expected if got.get(key) != expected[key]]
    if differing or set(got) != set(expected):
        problems.append(f"{len(differing)} records differ (first: {differing[:5]}); "
                        f"ids only in Spark: {sorted(set(got) - set(expected))[:5]}")
    errors = sum(1 for value in expected.values() if value[1]) + len(expected_anonymous)
    print(f"{len(expected)} records by id agree: {not differing}; {errors} error rows (malformed included)")
    return problems, local_lines


def without_nulls(value):
    """Parquet keeps no null field and no empty object (a struct needs a field), and Spark's JSON writer
    leaves them out: so does this, to compare a Parquet row with inci's JSON."""
    if isinstance(value, dict):
        kept = {key: without_nulls(item) for key, item in value.items() if item is not None}
        return {key: item for key, item in kept.items() if item != {}}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def compare_parquet(spark, inci, work, local_lines):
    """Part 2: CSV in, Parquet out, each row read back equal to the local analysis of its record."""
    import inci_spark

    source = os.path.join(work, "records.csv")
    with open(source, "w", encoding="utf-8", newline="") as table:
        writer = csv.writer(table)
        writer.writerow(["id", "product_name", "ingredients"])
        for index, (name, text) in enumerate(records(PARQUET_COUNT)):
            writer.writerow([f"r{index:04d}", name, text])
    ids = {f"r{index:04d}" for index in range(PARQUET_COUNT)}
    output = os.path.join(work, "parquet")
    inci_spark.run(spark, inci_spark.parse_args(
        ["--inci", inci, "--output-format", "parquet", "--partitions", "2", source, output]))
    expected = {}
    for line in local_lines:
        record = json.loads(line)
        if record.get("id") in ids:
            expected[record["id"]] = without_nulls(record.get("analysis")), record.get("error_kind")
    got = {}
    for text in spark.read.parquet(output).toJSON().collect():
        record = json.loads(text)
        got[record.get("id")] = without_nulls(record.get("analysis")), record.get("error_kind")
    differing = sorted(key for key in expected if got.get(key) != expected[key])
    print(f"CSV in, Parquet out: {len(got)} rows for {len(expected)} records, {len(differing)} differ")
    if differing or set(got) != set(expected):
        return [f"Parquet rows differ from the local analyses (first: {differing[:5]}; "
                f"ids only in Parquet: {sorted(set(got) - set(expected))[:5]})"]
    return []


def pages():
    """Saved pages for the scan part: the real Sephora pages, else the project's HTML fixtures."""
    found = sorted(glob.glob(os.path.join(SHARED, "real-pages", "sephora", "*.html")))
    return found or sorted(glob.glob(os.path.join(ROOT, "Fixtures", "html", "*.html")))


def scan_products(lines):
    """Each page's products, compared without the fields that name where the batch came from."""
    result = {}
    for line in lines:
        record = json.loads(line)
        key = json.dumps(record.get("id"))
        if "error" in record:  # "SOURCE:LINE: what went wrong": the batch's name and line differ by design
            record["error"] = record["error"].replace(f"{record.get('source')}:{record.get('input_line')}: ", "", 1)
        for field in ("source", "input_line", "line"):
            record.pop(field, None)
        result.setdefault(key, []).append(json.dumps(record, sort_keys=True))
    return result


def compare_scan(spark, inci, work):
    """Part 3: --mode scan over {id, path} lines against the local `inci scan --batch`."""
    import inci_spark

    source = os.path.join(work, "pages.jsonl")
    with open(source, "w", encoding="utf-8") as out:
        for path in pages():
            out.write(json.dumps({"id": os.path.basename(path), "path": path}) + "\n")
    local_lines, _ = run_local([inci, "scan", "--batch", source, "--format", "jsonl", "--jobs", "2", "--quiet",
                                "--no-overlay"])
    output = os.path.join(work, "scan")
    inci_spark.run(spark, inci_spark.parse_args(
        ["--inci", inci, "--mode", "scan", "--partitions", "3", source, output]))
    spark_lines = [row.value for row in spark.read.text(output).collect() if row.value.strip()]
    expected, got = scan_products(local_lines), scan_products(spark_lines)
    differing = sorted(key for key in expected if got.get(key) != expected[key])
    print(f"scan: {len(spark_lines)} Spark records for {len(local_lines)} local ones over {len(expected)} pages, "
          f"{len(differing)} pages differ")
    if differing or set(got) != set(expected) or not expected:
        return [f"scan records differ (first pages: {differing[:5]}; {len(expected)} pages locally)"]
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inci")
    parser.add_argument("--count", type=int, default=2000, help="records in part 1 (default 2000)")
    parser.add_argument("--write-records", metavar="PATH",
                        help="only write part 1's records to PATH (Benchmarks/batch.sh uses them) and stop")
    args = parser.parse_args()
    if args.write_records:
        write_input(args.write_records, args.count)
        return 0
    if not args.inci:
        parser.error("--inci is required")
    inci = os.path.abspath(args.inci)
    sys.path.insert(0, HERE)
    with tempfile.TemporaryDirectory() as work:
        problems, local_lines = compare_jsonl(inci, work, args.count)
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.master("local[2]").appName("inci-test").getOrCreate()
        try:
            problems += compare_parquet(spark, inci, work, local_lines)
            problems += compare_scan(spark, inci, work)
        finally:
            spark.stop()
    for problem in problems:
        print("FAIL: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
