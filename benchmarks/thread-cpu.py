#!/usr/bin/env python3
"""CPU used by each thread of running JVMs over an interval, read from /proc, so it also counts the
threads a Java profiler does not sample: the JIT compilers and the garbage collector. Threads are
grouped by name with numbers folded (Flink's subtasks of one chain count together); figures are in
cores (1.0 = one core busy for the whole interval).

Usage: python3 benchmarks/thread-cpu.py SECONDS PID[=label] [PID[=label] ...]
  e.g. python3 benchmarks/thread-cpu.py 20 $(pgrep -f jobs.hygiene.HygieneJob)=job $(pgrep -f ' kafka.Kafka ')=broker
"""
import collections
import os
import re
import sys
import time


def thread_ticks(pid):
    """{thread id: (name, user + system clock ticks)} of one process."""
    ticks = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{tid}/stat') as f:
                stat = f.read()
        except OSError:
            continue  # the thread ended meanwhile
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        fields = stat[stat.rindex(')') + 2:].split()
        ticks[tid] = (name, int(fields[11]) + int(fields[12]))  # utime, stime
    return ticks


def main():
    seconds = float(sys.argv[1])
    processes = [arg.split('=', 1) if '=' in arg else (arg, arg) for arg in sys.argv[2:]]
    before = {pid: thread_ticks(pid) for pid, _ in processes}
    time.sleep(seconds)
    after = {pid: thread_ticks(pid) for pid, _ in processes}
    hertz = os.sysconf('SC_CLK_TCK')
    for pid, label in processes:
        groups = collections.Counter()
        for tid, (name, ticks) in after[pid].items():
            groups[re.sub(r'\d+', '#', name)] += ticks - before[pid].get(tid, (name, 0))[1]
        print(f'{label}: {sum(groups.values()) / hertz / seconds:.2f} cores')
        for name, ticks in groups.most_common(12):
            if ticks:
                print(f'  {ticks / hertz / seconds:5.2f}  {name}')


if __name__ == '__main__':
    main()
