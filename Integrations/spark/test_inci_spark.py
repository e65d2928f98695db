#!/usr/bin/env python3
"""The Spark job against a local run: 2,000 records from the shared corpora (or the project's fixture lists
when ../shared is absent), plus malformed ones, through `inci_spark.py` on local[2] in 4 partitions, and
through `inci analyze --batch` locally. Every record must come back once, with the same analysis (the same
JSON value) or the same error kind; a malformed record is an error row, not a failed job.

    python3 Integrations/spark/test_inci_spark.py --inci .build/debug/inci
Exit 0 when they agree, 1 when not; prints the records per second of both runs.
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
COUNT = 2000


def records():
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
    return [found[index % len(found)] for index in range(COUNT)]


def write_input(path):
    with open(path, "w", encoding="utf-8") as out:
        for index, (name, text) in enumerate(records()):
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inci", required=True)
    args = parser.parse_args()
    inci = os.path.abspath(args.inci)
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "records.jsonl")
        write_input(source)
        started = time.time()
        local = subprocess.run([inci, "analyze", "--batch", source, "--jobs", "2", "--quiet", "--no-overlay"],
                               capture_output=True, text=True)
        local_seconds = time.time() - started
        if local.returncode not in (0, 1):
            print(f"local run failed ({local.returncode}): {local.stderr}")
            return 1
        output = os.path.join(work, "out")
        started = time.time()
        job = subprocess.run([sys.executable, os.path.join(HERE, "inci_spark.py"), "--inci", inci, "--master",
                              "local[2]", "--partitions", "4", source, output], capture_output=True, text=True)
        spark_seconds = time.time() - started
        if job.returncode != 0:
            print(f"Spark job failed ({job.returncode}):\n{job.stderr[-4000:]}")
            return 1
        spark_lines = []
        for part in sorted(glob.glob(os.path.join(output, "part-*"))):
            with open(part, encoding="utf-8") as lines:
                spark_lines += [line.rstrip("\n") for line in lines if line.strip()]
        local_lines = local.stdout.splitlines()
        expected, expected_anonymous = keyed(local_lines)
        got, got_anonymous = keyed(spark_lines)
        total = len(local_lines)
        print(f"local inci analyze --batch --jobs 2: {total} records in {local_seconds:.1f} s "
              f"({total / local_seconds:.0f}/s); Spark local[2], 4 partitions: {len(spark_lines)} records in "
              f"{spark_seconds:.1f} s ({len(spark_lines) / spark_seconds:.0f}/s, JVM start-up included)")
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
        for problem in problems:
            print("FAIL: " + problem)
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
