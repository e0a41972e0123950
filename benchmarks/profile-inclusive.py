#!/usr/bin/env python3
"""Inclusive and self share of each frame in an async-profiler collapsed-stack file, counting only
the stacks that pass through a given frame (e.g. the benchmark method), so JMH's own threads are left out.

Usage: python3 benchmarks/profile-inclusive.py <collapsed.csv> <frame substring> [top]
"""
import collections
import sys

path, root = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
total = 0
inclusive = collections.Counter()
own = collections.Counter()
with open(path) as f:
    for line in f:
        stack, count = line.rstrip().rsplit(' ', 1)
        frames = stack.split(';')
        if not any(root in frame for frame in frames):
            continue
        count = int(count)
        total += count
        for frame in set(frames):
            inclusive[frame] += count
        own[frames[-1]] += count
print(f'samples through {root}: {total}')
print('--- inclusive (the frame or anything it calls)')
for frame, count in inclusive.most_common(top):
    print(f'{100 * count / total:5.1f}%  {frame}')
print('--- self (top frame)')
for frame, count in own.most_common(top // 2):
    print(f'{100 * count / total:5.1f}%  {frame}')
