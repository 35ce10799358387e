package ro.relay.service;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a storage lists as older than an instant, gathered for a test to look at (the sweep never gathers it). */
final class StorageListing {

    private StorageListing() {
    }

    static List<FileStorage.Entry> olderThan(FileStorage storage, Instant before) throws IOException {
        List<FileStorage.Entry> entries = new ArrayList<>();
        storage.forEachOlderThan(before, entries::add);
        return entries;
    }
}
