package fr.sentinelle.benchmarks.e2e;

/** One Server-Sent Event as received: its id, name and data lines joined, and when it arrived ({@link Clocks#micros}). */
public record SseEvent(String id, String name, String data, long receivedMicros) {}
