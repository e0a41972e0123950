package fr.sentinelle.stack.faults;

/** One message for the reviews feed: its key (the establishment, or a hostile payload's name) and bytes. */
record FeedMessage(String key, byte[] value) {}
