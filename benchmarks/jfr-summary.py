#!/usr/bin/env python3
"""Where a JFR recording's execution samples went: per thread (numbers in thread names folded, so
Flink's subtasks of one chain count together), then the frames that the most samples of each busy
thread pass through (inclusive). JFR keeps 64 frames a stack, so frames deep below Flink's own
(the job's operators) are the reliable ones.

Usage: python3 benchmarks/jfr-summary.py <samples.txt from `jfr print --events jdk.ExecutionSample`> [top]
"""
import collections
import re
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
threads = collections.Counter()
inclusive = collections.defaultdict(collections.Counter)
with open(path) as f:
    events = f.read().split('jdk.ExecutionSample')[1:]
for event in events:
    m = re.search(r'sampledThread = "([^"]*)"', event)
    thread = re.sub(r'\d+', '#', m.group(1) if m else '?')[:60]
    threads[thread] += 1
    frames = {'.'.join(frame.split('.')[-2:]) for frame in re.findall(r'^\s+([\w.$<>]+)\(', event, re.M)}
    for frame in frames:
        inclusive[thread][frame] += 1
total = sum(threads.values())
print(f'{total} samples')
for thread, count in threads.most_common(6):
    print(f'{count:6d} {100 * count / total:5.1f}%  {thread}')
for thread, count in threads.most_common(3):
    print(f'--- {thread} ({count} samples): frames most samples pass through')
    for frame, n in inclusive[thread].most_common(top):
        print(f'{n:6d} {100 * n / count:5.1f}%  {frame}')
