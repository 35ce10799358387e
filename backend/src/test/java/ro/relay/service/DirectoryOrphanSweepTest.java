package ro.relay.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

/** The orphan sweep over the directory storage (the default): an unfinished upload is a {@code .partial} file. */
@QuarkusTest
class DirectoryOrphanSweepTest extends OrphanSweepChecks {

    @Inject
    RelaySettings settings;

    @Override
    String leaveUnfinishedUpload() throws Exception {
        String key = UUID.randomUUID().toString();
        Path dir = Path.of(settings.storageDir());
        Files.createDirectories(dir);
        Files.write(dir.resolve(key + DirectoryFileStorage.PARTIAL), new byte[1000]);
        return key;
    }
}
