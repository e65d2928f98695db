#!/usr/bin/env python3
"""inci as a Spark map step: every partition is piped through ONE `inci analyze --batch` (or
`inci scan --batch`) process, never a process per record, so a cluster runs inci as fast per core as a
laptop does and gives the same results.

    spark-submit Integrations/spark/inci_spark.py --inci BIN INPUT OUTPUT_DIR [options]
    python3 Integrations/spark/inci_spark.py --inci BIN INPUT OUTPUT_DIR      (local[*])

INPUT: JSON Lines (.jsonl, .json), CSV with a header (.csv) or Parquet (.parquet) of product records (an id
and the ingredient list, as `inci analyze --batch` reads them), or with --mode scan JSON Lines of pages
({id, html} or {id, path}). OUTPUT_DIR: JSON Lines part files (--output-format jsonl, the default: each line
exactly what `inci analyze --batch` prints for the record) or Parquet with the analysis as nested columns.

The binary is shipped to the executors with SparkContext.addFile; build it self-contained so executors need
no Swift (`swift build -c release --static-swift-stdlib`). Each executor checks that its copy reports the
same `inci --version` as the driver's and fails clearly otherwise.
"""
import argparse
import os
import subprocess
import sys
import threading


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inci", required=True, help="the inci binary (shipped to the executors)")
    parser.add_argument("input")
    parser.add_argument("output_dir")
    parser.add_argument("--mode", choices=["analyze", "scan"], default="analyze")
    parser.add_argument("--input-format", choices=["jsonl", "csv", "parquet"],
                        help="default: from INPUT's extension")
    parser.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--id-field")
    parser.add_argument("--text-field", help="analyze: the field holding the ingredient list")
    parser.add_argument("--skin", action="append", default=[], help="only these skin types (repeatable)")
    parser.add_argument("--type", help="rinse-off, leave-on or a category, for every record")
    parser.add_argument("--jobs", type=int, default=1, help="threads of each inci process (default 1: one per core is Spark's)")
    parser.add_argument("--partitions", type=int, help="repartition the input into this many parts")
    parser.add_argument("--master", help="Spark master when run with python3 (default local[*])")
    return parser.parse_args(argv)


def input_format(args):
    if args.input_format:
        return args.input_format
    lower = args.input.lower().rstrip("/")
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith(".parquet"):
        return "parquet"
    return "jsonl"


def inci_version(binary):
    """What `inci --version` prints: the release and the embedded dictionary's fingerprint."""
    result = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def inci_command(binary, args):
    command = [binary, args.mode, "--batch", "-", "--quiet", "--no-overlay", "--jobs", str(args.jobs)]
    if args.mode == "analyze":
        if args.text_field:
            command += ["--text-field", args.text_field]
    else:
        command += ["--format", "jsonl"]
    if args.id_field:
        command += ["--id-field", args.id_field]
    for skin in args.skin:
        command += ["--skin", skin]
    if args.type:
        command += ["--type", args.type]
    return command


def pipe_partition(records, binary_name, expected_version, args):
    """Runs one inci process over a partition's records (JSON strings), yielding its output lines in order.
    A record inci cannot read becomes an error line (inci goes on); only a failing process fails the task."""
    from pyspark import SparkFiles

    binary = SparkFiles.get(binary_name)
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    version = inci_version(binary)
    if version != expected_version:
        raise RuntimeError(
            f"inci on this executor reports '{version}', the driver's '{expected_version}': ship one build")
    process = subprocess.Popen(inci_command(binary, args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    failure = []

    def feed():
        # Written from a thread while the output is read, so neither pipe fills up and blocks the other.
        try:
            for record in records:
                process.stdin.write(record.replace("\n", " ").encode("utf-8") + b"\n")
        except BrokenPipeError as error:
            failure.append(error)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for line in process.stdout:
        yield line.decode("utf-8").rstrip("\n")
    writer.join()
    stderr = process.stderr.read().decode("utf-8", "replace")
    status = process.wait()
    # 0: every record analyzed; 1: some were not (they are error lines); anything else is a failure.
    if status not in (0, 1) or failure:
        raise RuntimeError(f"inci exited {status}: {stderr.strip() or failure}")


def read_records(spark, args):
    """The input as an RDD of JSON strings, one per record. JSON Lines pass through as written (ids keep
    their type, a malformed line stays a line and becomes an error row)."""
    kind = input_format(args)
    if kind == "jsonl":
        records = spark.read.text(args.input).rdd.map(lambda row: row.value)
    elif kind == "csv":
        # Ingredient lists are long quoted cells that often hold line breaks and doubled quotes (RFC 4180).
        table = spark.read.option("header", True).option("multiLine", True).option("escape", '"')
        records = table.csv(args.input).toJSON()
    else:
        records = spark.read.parquet(args.input).toJSON()
    return records.filter(lambda text: text.strip() != "")


def run(spark, args):
    binary = os.path.abspath(args.inci)
    expected = inci_version(binary)
    spark.sparkContext.addFile(binary)
    if __name__ != "__main__":
        # Imported (a notebook, the test): the executors unpickle this module's functions by name, so ship it.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    name = os.path.basename(binary)
    records = read_records(spark, args)
    if args.partitions:
        records = records.repartition(args.partitions)
    lines = records.mapPartitions(lambda part: pipe_partition(part, name, expected, args))
    if args.output_format == "jsonl":
        lines.saveAsTextFile(args.output_dir)
    else:
        from pyspark import StorageLevel

        # Reading JSON infers the schema in one pass over the lines and writes in another: keep the lines so
        # that inci runs once per record, not twice.
        lines = lines.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            spark.read.json(lines).write.mode("overwrite").parquet(args.output_dir)
        finally:
            lines.unpersist()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("inci")
    if args.master or "SPARK_ENV_LOADED" not in os.environ:
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
