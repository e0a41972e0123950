#!/usr/bin/env python3
"""Runs every PromQL expression of the Grafana dashboards and the alerting/recording rules against a
running Prometheus (the local stack's, after a replay) and tells which return data.

Usage: python3 monitoring/check-queries.py [http://127.0.0.1:9090]   (needs PyYAML: pip install pyyaml)
Grafana variables are replaced by "everything" ($department, $detector, $job -> .*) and
$__rate_interval by 2m. Exit code 1 if any expression is refused by Prometheus; empty results are
listed, not failures: an alerting rule that does not fire or a panel about unreadable records has
nothing to show on a healthy stack.
"""
import glob
import json
import os
import sys
import urllib.parse
import urllib.request

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def expressions():
    for path in sorted(glob.glob(os.path.join(HERE, "grafana", "dashboards", "*.json"))):
        with open(path, encoding="utf-8") as f:
            for panel in json.load(f).get("panels", []):
                for target in panel.get("targets", []):
                    if target.get("expr"):
                        yield os.path.basename(path) + ": " + panel["title"], target["expr"]
    for path in sorted(glob.glob(os.path.join(HERE, "prometheus", "rules", "*.yml"))):
        with open(path, encoding="utf-8") as f:
            for group in yaml.safe_load(f)["groups"]:
                for rule in group["rules"]:
                    yield os.path.basename(path) + ": " + rule.get("alert", rule.get("record")), rule["expr"]


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:9090"
    counts = {"data": 0, "empty": 0, "refused": 0}
    for where, expr in expressions():
        query = expr.replace("$__rate_interval", "2m")
        for variable in ("${department}", "$department", "$detector", "$job"):
            query = query.replace(variable, ".*")
        url = base + "/api/v1/query?" + urllib.parse.urlencode({"query": query})
        try:
            with urllib.request.urlopen(url) as response:
                answer = json.load(response)
        except Exception as error:  # Prometheus answers 400 with a reason for a bad expression
            counts["refused"] += 1
            print("REFUSED", where, error)
            continue
        if answer["data"]["result"]:
            counts["data"] += 1
        else:
            counts["empty"] += 1
            print("empty  ", where)
    total = sum(counts.values())
    print(f"{total} expressions: {counts['data']} with data, {counts['empty']} empty, {counts['refused']} refused")
    sys.exit(1 if counts["refused"] else 0)


if __name__ == "__main__":
    main()
