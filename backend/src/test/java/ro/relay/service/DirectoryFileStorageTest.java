package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ro.privacy.service.FileKeyRing;

/** The storage contract in a directory, and its unfinished uploads: {@code .partial} files. */
class DirectoryFileStorageTest extends FileStorageContract {

    @TempDir
    Path dir;

    @Override
    FileStorage storage(FileKeyRing keys) {
        return new DirectoryFileStorage(dir, keys);
    }

    @Override
    void putAsIs(String name, byte[] bytes) throws Exception {
        Files.write(dir.resolve(name), bytes);
    }

    @Test
    void a_partial_file_is_listed_as_an_unfinished_upload_and_removed() throws Exception {
        String key = UUID.randomUUID().toString();
        putAsIs(key + DirectoryFileStorage.PARTIAL, new byte[100]);
        FileStorage storage = storage();

        FileStorage.Entry entry = StorageListing.olderThan(storage, Instant.now().plusSeconds(60)).get(0);
        assertThat(entry.key()).isEqualTo(key);
        assertThat(entry.unfinished()).isTrue();
        assertThat(storage.remove(entry)).isTrue();
        assertThat(dir.resolve(key + DirectoryFileStorage.PARTIAL)).doesNotExist();
    }
}
