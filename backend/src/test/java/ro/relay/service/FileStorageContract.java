package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ro.privacy.service.ChunkedFileCipher;
import ro.privacy.service.FileKeyRing;

/**
 * What every storage of message files does, run by each of them: a file streams in encrypted and reads back whole
 * and by range, with its checksum; a refused or interrupted upload leaves nothing; a key it does not hold, a cipher
 * key it is not given; delete; and what the orphan sweep lists and removes.
 */
abstract class FileStorageContract {

    static final int CHUNK = ChunkedFileCipher.CHUNK;
    static final FileKeyRing KEYS = ring("k1");

    /** The storage under test, encrypting with keys, over the same place for every call of one test. */
    abstract FileStorage storage(FileKeyRing keys) throws Exception;

    /** Puts bytes under a name as something else than this storage would (a file stored in clear, a stranger's). */
    abstract void putAsIs(String name, byte[] bytes) throws Exception;

    FileStorage storage() throws Exception {
        return storage(KEYS);
    }

    static FileKeyRing ring(String id) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return FileKeyRing.of(Map.of(id, Base64.getEncoder().encodeToString(key)), id);
    }

    static byte[] content(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    static byte[] read(FileStorage storage, String key, long offset, long length) throws IOException {
        try (InputStream in = storage.read(key, offset, length)) {
            return in.readAllBytes();
        }
    }

    /** Everything storage holds under a key, finished or not, whatever its age. */
    static long everything(FileStorage storage) throws IOException {
        return StorageListing.olderThan(storage, Instant.now().plusSeconds(3600)).size();
    }

    /** A body that gives size bytes, then fails as a client that went away. */
    static InputStream failingAfter(long size) {
        return new InputStream() {
            private long given;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (given >= size) {
                    throw new IOException("connection reset");
                }
                int n = (int) Math.min(len, size - given);
                Arrays.fill(b, off, off + n, (byte) 7);
                given += n;
                return n;
            }
        };
    }

    @Test
    void a_file_streams_in_and_reads_back_whole_with_its_checksum() throws Exception {
        byte[] clear = content(3 * CHUNK + 77);
        FileStorage storage = storage();
        FileStorage.Written written = storage.write(new ByteArrayInputStream(clear), clear.length);

        assertThat(written.size()).isEqualTo(clear.length);
        assertThat(written.keyId()).isEqualTo("k1");
        assertThat(written.head()).isEqualTo(Arrays.copyOf(clear, 16));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clear));
        assertThat(written.sha256()).isEqualTo(sha);
        assertThat(storage.sha256(written.key())).isEqualTo(sha);
        assertThat(read(storage, written.key(), 0, clear.length)).isEqualTo(clear);
        storage.requireKey(written.key());
        assertThat(everything(storage)).isEqualTo(1);
    }

    @Test
    void a_range_reads_only_its_bytes_at_the_start_the_middle_the_end_and_across_chunks() throws Exception {
        byte[] clear = content(5 * CHUNK + 1234);
        FileStorage storage = storage();
        String key = storage.write(new ByteArrayInputStream(clear), clear.length).key();

        long[][] ranges = { { 0, 1 }, { 2 * CHUNK + 100, 50 }, { clear.length - 1, 1 }, { CHUNK - 5, 10 },
                { CHUNK - 1, 2 * CHUNK + 2 }, { 4 * CHUNK, clear.length - 4 * CHUNK }, { 17, 0 } };
        for (long[] r : ranges) {
            assertThat(read(storage, key, r[0], r[1])).as("%d bytes from %d", r[1], r[0])
                    .isEqualTo(Arrays.copyOfRange(clear, (int) r[0], (int) (r[0] + r[1])));
        }
        assertThatThrownBy(() -> read(storage, key, clear.length - 1, 2)).isInstanceOf(IOException.class);
    }

    @Test
    void a_file_of_several_upload_parts_reads_back_across_their_boundary() throws Exception {
        byte[] clear = content(S3FileStorage.PART + 3 * CHUNK);
        FileStorage storage = storage();
        FileStorage.Written written = storage.write(new ByteArrayInputStream(clear), clear.length);

        assertThat(storage.sha256(written.key())).isEqualTo(written.sha256());
        int across = S3FileStorage.PART - 1000;
        assertThat(read(storage, written.key(), across, 2000)).isEqualTo(Arrays.copyOfRange(clear, across, across + 2000));
        assertThat(everything(storage)).isEqualTo(1);
    }

    @Test
    void an_empty_file_is_stored_and_reads_back_empty() throws Exception {
        FileStorage storage = storage();
        FileStorage.Written written = storage.write(new ByteArrayInputStream(new byte[0]), 10);
        assertThat(written.size()).isZero();
        assertThat(read(storage, written.key(), 0, 0)).isEmpty();
        assertThat(storage.sha256(written.key())).isEqualTo(written.sha256());
    }

    @Test
    void a_body_larger_than_allowed_is_refused_and_leaves_nothing_even_after_a_part_went_up() throws Exception {
        FileStorage storage = storage();
        int max = S3FileStorage.PART + CHUNK;
        assertThatThrownBy(() -> storage.write(new ByteArrayInputStream(content(max + 1)), max)).isInstanceOf(FileStorage.TooLarge.class);
        assertThatThrownBy(() -> storage.write(new ByteArrayInputStream(content(101)), 100)).isInstanceOf(FileStorage.TooLarge.class);
        assertThat(everything(storage)).isZero();
    }

    @Test
    void an_upload_whose_client_goes_away_midway_leaves_nothing() throws Exception {
        FileStorage storage = storage();
        assertThatThrownBy(() -> storage.write(failingAfter(S3FileStorage.PART + 5L * CHUNK), Long.MAX_VALUE))
                .isInstanceOf(IOException.class).hasMessage("connection reset");
        assertThatThrownBy(() -> storage.write(failingAfter(1000), Long.MAX_VALUE)).isInstanceOf(IOException.class);
        assertThat(everything(storage)).isZero();
    }

    @Test
    void a_key_storage_does_not_hold_is_no_such_file() throws Exception {
        FileStorage storage = storage();
        String missing = UUID.randomUUID().toString();
        assertThatThrownBy(() -> storage.read(missing, 0, 1)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.sha256(missing)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.requireKey(missing)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void a_file_whose_cipher_key_is_not_given_is_never_read() throws Exception {
        String key = storage().write(new ByteArrayInputStream(content(1000)), 1000).key();
        FileStorage otherKeys = storage(ring("k2"));
        assertThatThrownBy(() -> otherKeys.requireKey(key)).isInstanceOf(FileStorage.KeyUnavailable.class).hasMessageContaining("k1");
        assertThatThrownBy(() -> otherKeys.read(key, 0, 10)).isInstanceOf(FileStorage.KeyUnavailable.class);
    }

    @Test
    void a_deleted_file_is_gone_and_deleting_it_again_is_harmless() throws Exception {
        FileStorage storage = storage();
        String kept = storage.write(new ByteArrayInputStream(content(500)), 500).key();
        String key = storage.write(new ByteArrayInputStream(content(600)), 600).key();
        storage.delete(key);
        storage.delete(key);
        assertThatThrownBy(() -> storage.read(key, 0, 1)).isInstanceOf(NoSuchFileException.class);
        assertThat(StorageListing.olderThan(storage, Instant.now().plusSeconds(60))).extracting(FileStorage.Entry::key).containsExactly(kept);
    }

    @Test
    void a_file_stored_in_clear_is_encrypted_in_place_once() throws Exception {
        FileStorage storage = storage();
        String key = UUID.randomUUID().toString();
        byte[] clear = content(2 * CHUNK + 5);
        putAsIs(key, clear);
        assertThat(storage.encryptLegacy(key)).isEqualTo("k1");
        assertThat(read(storage, key, 0, clear.length)).isEqualTo(clear);
        assertThat(storage.encryptLegacy(key)).isEqualTo("k1");
        assertThat(read(storage, key, CHUNK, 10)).isEqualTo(Arrays.copyOfRange(clear, CHUNK, CHUNK + 10));
        assertThat(everything(storage)).isEqualTo(1);
    }

    @Test
    void the_sweep_lists_only_what_is_older_than_asked_and_named_like_a_key_and_removes_it_once() throws Exception {
        FileStorage storage = storage();
        Instant before = Instant.now().minusSeconds(60);
        String key = storage.write(new ByteArrayInputStream(content(300)), 300).key();
        putAsIs("notes.txt", content(10));

        assertThat(StorageListing.olderThan(storage, before)).isEmpty();
        FileStorage.Entry entry = StorageListing.olderThan(storage, Instant.now().plusSeconds(60)).get(0);
        assertThat(StorageListing.olderThan(storage, Instant.now().plusSeconds(60))).hasSize(1);
        assertThat(entry.key()).isEqualTo(key);
        assertThat(entry.unfinished()).isFalse();
        assertThat(entry.lastModified()).isAfter(before);

        assertThat(storage.remove(entry)).isTrue();
        assertThat(storage.remove(entry)).isFalse();
        assertThatThrownBy(() -> storage.read(key, 0, 1)).isInstanceOf(NoSuchFileException.class);
    }
}
