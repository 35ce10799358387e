package ro.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.privacy.service.Sealed.CHUNK;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Every byte range read from an encrypted file equals the same slice of its clear content. */
class ChunkedFileRangesPropertyTest {

    private static final int SIZE = 5 * CHUNK + 321;
    private static final FileKeyRing KEYS = Sealed.ring("k1", Map.of("k1", Sealed.newKey()));
    private static final byte[] CLEAR = Sealed.content(SIZE, 42);
    private static Path file;

    @BeforeContainer
    static void sealOnce() throws IOException {
        file = Files.createTempFile("ranges", ".sealed");
        Files.write(file, Sealed.seal(CLEAR, KEYS));
    }

    @AfterContainer
    static void remove() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property(tries = 300)
    void a_range_reads_the_clear_slice(@ForAll @IntRange(min = 0, max = SIZE) int start, @ForAll @IntRange(min = 0, max = 3 * CHUNK) int wanted)
            throws IOException {
        int length = Math.min(wanted, SIZE - start);
        try (InputStream in = ChunkedFileCipher.decrypting(Files.newByteChannel(file, StandardOpenOption.READ), KEYS, start, length)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(CLEAR, start, start + length));
        }
    }

    @Property(tries = 40)
    void a_file_of_any_size_reads_back_whole_and_at_its_chunk_edges(@ForAll @IntRange(min = 0, max = 3 * CHUNK + 2) int size)
            throws IOException {
        byte[] clear = Sealed.content(size, size);
        Path dir = file.getParent();
        byte[] stored = Sealed.seal(clear, KEYS);
        assertThat(Sealed.openWhole(dir, stored, KEYS)).isEqualTo(clear);
        for (int edge = CHUNK; edge < size; edge += CHUNK) {
            int from = edge - 1;
            int to = Math.min(size, edge + 1);
            assertThat(Sealed.open(dir, stored, KEYS, from, to - from)).isEqualTo(Arrays.copyOfRange(clear, from, to));
        }
    }
}
