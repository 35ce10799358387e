package ro.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.privacy.service.Sealed.CHUNK;
import static ro.privacy.service.Sealed.headerLength;
import static ro.privacy.service.Sealed.open;
import static ro.privacy.service.Sealed.openWhole;
import static ro.privacy.service.Sealed.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files encrypted at rest: AES-256-GCM in chunks, read back whole or by range, and nothing changed unnoticed. */
class ChunkedFileCipherTest {

    private static final int STORED_CHUNK = CHUNK + ChunkedFileCipher.TAG;
    private static final FileKeyRing KEYS = Sealed.ring("k1", Map.of("k1", Sealed.newKey()));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK + 77 })
    void a_file_of_any_size_reads_back_whole_and_stores_one_tag_per_chunk(int size) throws IOException {
        byte[] clear = Sealed.content(size, size);
        byte[] stored = seal(clear, KEYS);
        int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        assertThat(stored).hasSize(headerLength("k1") + size + chunks * ChunkedFileCipher.TAG);
        assertThat(Sealed.clearSize(dir, stored)).isEqualTo(size);
        assertThat(openWhole(dir, stored, KEYS)).isEqualTo(clear);
        if (size > 0) {
            assertThat(open(dir, stored, KEYS, size - 1, 1)).containsExactly(clear[size - 1]);
        }
        assertThat(open(dir, stored, KEYS, size, 0)).isEmpty();
    }

    @Test
    void the_stored_bytes_never_hold_the_clear_content_and_the_same_content_is_never_stored_alike() throws IOException {
        byte[] marker = "CLEAR-MARKER-0123456789".getBytes(StandardCharsets.US_ASCII);
        byte[] clear = new byte[3 * CHUNK];
        for (int i = 0; i + marker.length <= clear.length; i += marker.length) {
            System.arraycopy(marker, 0, clear, i, marker.length);
        }
        byte[] stored = seal(clear, KEYS);
        assertThat(indexOf(stored, marker)).isEqualTo(-1);
        assertThat(indexOf(stored, Arrays.copyOf(marker, 8))).isEqualTo(-1);
        byte[] again = seal(clear, KEYS);
        assertThat(Arrays.copyOfRange(again, headerLength("k1"), again.length))
                .isNotEqualTo(Arrays.copyOfRange(stored, headerLength("k1"), stored.length));
        assertThat(openWhole(dir, again, KEYS)).isEqualTo(clear);
    }

    @Test
    void a_changed_byte_fails_the_chunk_it_is_in_and_only_that_one() throws IOException {
        byte[] clear = Sealed.content(3 * CHUNK, 1);
        byte[] stored = seal(clear, KEYS);
        stored[headerLength("k1") + STORED_CHUNK + 10] ^= 0x01;
        assertThatThrownBy(() -> open(dir, stored, KEYS, CHUNK + 5, 10)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        assertThatThrownBy(() -> openWhole(dir, stored, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        assertThat(open(dir, stored, KEYS, 0, 100)).isEqualTo(Arrays.copyOf(clear, 100));
    }

    @Test
    void a_changed_tag_or_header_fails() throws IOException {
        byte[] stored = seal(Sealed.content(1000, 2), KEYS);
        byte[] tag = stored.clone();
        tag[tag.length - 1] ^= 0x01;
        assertThatThrownBy(() -> openWhole(dir, tag, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        for (int at : new int[] { 6, 8, headerLength("k1") - 1 }) {
            byte[] header = stored.clone();
            header[at] ^= 0x01;
            assertThatThrownBy(() -> openWhole(dir, header, KEYS)).as("header byte %d", at).isInstanceOf(IOException.class);
        }
        byte[] magic = stored.clone();
        magic[0] = '%';
        assertThatThrownBy(() -> openWhole(dir, magic, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
    }

    @Test
    void chunks_swapped_dropped_or_taken_from_another_file_fail() throws IOException {
        byte[] clear = Sealed.content(4 * CHUNK, 3);
        byte[] stored = seal(clear, KEYS);
        int h = headerLength("k1");

        byte[] swapped = stored.clone();
        System.arraycopy(stored, h + STORED_CHUNK, swapped, h, STORED_CHUNK);
        System.arraycopy(stored, h, swapped, h + STORED_CHUNK, STORED_CHUNK);
        assertThatThrownBy(() -> open(dir, swapped, KEYS, 0, 10)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        assertThatThrownBy(() -> open(dir, swapped, KEYS, CHUNK, 10)).isInstanceOf(ChunkedFileCipher.Tampered.class);

        byte[] dropped = new byte[stored.length - STORED_CHUNK];
        System.arraycopy(stored, 0, dropped, 0, h + STORED_CHUNK);
        System.arraycopy(stored, h + 2 * STORED_CHUNK, dropped, h + STORED_CHUNK, stored.length - h - 2 * STORED_CHUNK);
        assertThatThrownBy(() -> openWhole(dir, dropped, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);

        byte[] other = seal(Sealed.content(4 * CHUNK, 4), KEYS);
        byte[] mixed = stored.clone();
        System.arraycopy(other, h + STORED_CHUNK, mixed, h + STORED_CHUNK, STORED_CHUNK);
        assertThatThrownBy(() -> open(dir, mixed, KEYS, CHUNK, 10)).isInstanceOf(ChunkedFileCipher.Tampered.class);
    }

    @Test
    void a_file_cut_short_at_a_chunk_boundary_or_inside_a_chunk_fails() throws IOException {
        byte[] clear = Sealed.content(3 * CHUNK, 5);
        byte[] stored = seal(clear, KEYS);
        int h = headerLength("k1");
        byte[] atBoundary = Arrays.copyOf(stored, h + 2 * STORED_CHUNK);
        // the chunk that is now last was sealed as not the last
        assertThatThrownBy(() -> openWhole(dir, atBoundary, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        assertThatThrownBy(() -> open(dir, atBoundary, KEYS, CHUNK + 1, 10)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        byte[] inside = Arrays.copyOf(stored, stored.length - 100);
        assertThatThrownBy(() -> openWhole(dir, inside, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
        byte[] headerOnly = Arrays.copyOf(stored, h + 5);
        assertThatThrownBy(() -> openWhole(dir, headerOnly, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
    }

    @Test
    void a_stream_never_finished_leaves_a_file_that_never_reads() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChunkedFileCipher.Sealing s = ChunkedFileCipher.encrypting(out, KEYS)) {
            s.write(Sealed.content(2 * CHUNK + 10, 6));
        }
        byte[] stored = out.toByteArray();
        assertThatThrownBy(() -> openWhole(dir, stored, KEYS)).isInstanceOf(ChunkedFileCipher.Tampered.class);
    }

    @Test
    void after_a_rotation_new_files_use_the_current_key_and_old_ones_read_with_theirs() throws IOException {
        String oldKey = Sealed.newKey();
        FileKeyRing before = Sealed.ring("k2025", Map.of("k2025", oldKey));
        byte[] clear = Sealed.content(CHUNK + 3, 7);
        byte[] oldFile = seal(clear, before);

        FileKeyRing after = Sealed.ring("k2026", Map.of("k2025", oldKey, "k2026", Sealed.newKey()));
        byte[] newFile = seal(clear, after);
        ChunkedFileCipher.Sealing s = ChunkedFileCipher.encrypting(new ByteArrayOutputStream(), after);
        assertThat(s.keyId()).isEqualTo("k2026");
        assertThat(openWhole(dir, oldFile, after)).isEqualTo(clear);
        assertThat(openWhole(dir, newFile, after)).isEqualTo(clear);
        assertThatThrownBy(() -> openWhole(dir, newFile, before)).isInstanceOf(FileKeyRing.MissingKey.class);

        FileKeyRing oldKeyGone = Sealed.ring("k2026", Map.of("k2026", Sealed.newKey()));
        assertThatThrownBy(() -> openWhole(dir, oldFile, oldKeyGone)).isInstanceOf(FileKeyRing.MissingKey.class)
                .hasMessageContaining("k2025");
        // the same id with another key: never clear bytes, a failed authentication
        FileKeyRing wrongKey = Sealed.ring("k2025", Map.of("k2025", Sealed.newKey()));
        assertThatThrownBy(() -> openWhole(dir, oldFile, wrongKey)).isInstanceOf(ChunkedFileCipher.Tampered.class);
    }

    @Test
    void a_range_outside_the_file_is_refused() throws IOException {
        byte[] stored = seal(Sealed.content(100, 8), KEYS);
        assertThatThrownBy(() -> open(dir, stored, KEYS, 90, 11)).isInstanceOf(IOException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> open(dir, stored, KEYS, -1, 1)).isInstanceOf(IOException.class);
    }

    @Test
    void the_key_settings_are_checked_and_never_echo_a_key() {
        String key = Sealed.newKey();
        assertThat(FileKeyRing.parse("old:" + Sealed.newKey() + ", k2:" + key, "k2").currentId()).isEqualTo("k2");
        assertThat(FileKeyRing.parse("old:" + key + ",k2:" + Sealed.newKey(), "k2").has("old")).isTrue();
        assertThatThrownBy(() -> FileKeyRing.parse("k1:" + key, "k2")).hasMessageContaining("ro.files.current-key").hasMessageNotContaining(key);
        assertThatThrownBy(() -> FileKeyRing.parse("", "k1")).hasMessageContaining("ro.files.current-key");
        assertThatThrownBy(() -> FileKeyRing.parse("k1:c2hvcnQ=", "k1")).hasMessageContaining("not 32").hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> FileKeyRing.parse("k1:not base64!", "k1")).hasMessageContaining("not base64").hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> FileKeyRing.parse("K_1:" + key, "K_1")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> FileKeyRing.parse(key, "k1")).hasMessageContaining("id:base64-key").hasMessageNotContaining(key);
        assertThatThrownBy(() -> FileKeyRing.parse("k1:" + key + ",k1:" + key, "k1")).hasMessageContaining("twice");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
