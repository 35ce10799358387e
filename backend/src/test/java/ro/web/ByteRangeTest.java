package ro.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final long SIZE = 1000;

    @Test
    void without_a_range_the_whole_file_is_sent() {
        ByteRange range = ByteRange.of(null, SIZE);
        assertThat(range.status()).isEqualTo(200);
        assertThat(range.start()).isZero();
        assertThat(range.length()).isEqualTo(SIZE);
    }

    @Test
    void a_closed_range_sends_those_bytes() {
        ByteRange range = ByteRange.of("bytes=10-19", SIZE);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.start()).isEqualTo(10);
        assertThat(range.length()).isEqualTo(10);
        assertThat(range.contentRange()).isEqualTo("bytes 10-19/1000");
    }

    @Test
    void an_open_range_sends_up_to_the_end() {
        ByteRange range = ByteRange.of(" bytes=990- ", SIZE);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.contentRange()).isEqualTo("bytes 990-999/1000");
        assertThat(range.length()).isEqualTo(10);
    }

    @Test
    void a_range_past_the_end_is_cut_at_the_end() {
        assertThat(ByteRange.of("bytes=900-5000", SIZE).contentRange()).isEqualTo("bytes 900-999/1000");
    }

    @Test
    void a_suffix_range_sends_the_last_bytes() {
        ByteRange range = ByteRange.of("bytes=-100", SIZE);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.contentRange()).isEqualTo("bytes 900-999/1000");
    }

    @Test
    void a_suffix_longer_than_the_file_sends_all_of_it_as_a_part() {
        ByteRange range = ByteRange.of("bytes=-5000", SIZE);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.contentRange()).isEqualTo("bytes 0-999/1000");
    }

    @Test
    void a_range_starting_after_the_end_is_not_satisfiable() {
        ByteRange range = ByteRange.of("bytes=5000-", SIZE);
        assertThat(range.status()).isEqualTo(416);
        assertThat(range.contentRange()).isEqualTo("bytes */1000");
        assertThat(ByteRange.of("bytes=1000-1001", SIZE).status()).isEqualTo(416);
        assertThat(ByteRange.of("bytes=-0", SIZE).status()).isEqualTo(416);
    }

    @Test
    void a_range_ending_before_it_starts_is_not_satisfiable() {
        assertThat(ByteRange.of("bytes=20-10", SIZE).status()).isEqualTo(416);
    }

    @Test
    void several_ranges_are_not_served_apart_the_whole_file_is_sent() {
        ByteRange range = ByteRange.of("bytes=0-9,20-29", SIZE);
        assertThat(range.status()).isEqualTo(200);
        assertThat(range.length()).isEqualTo(SIZE);
    }

    @Test
    void a_header_that_is_not_a_byte_range_is_ignored() {
        assertThat(ByteRange.of("bytes=-", SIZE).status()).isEqualTo(200);
        assertThat(ByteRange.of("items=0-9", SIZE).status()).isEqualTo(200);
        assertThat(ByteRange.of("bytes=a-b", SIZE).status()).isEqualTo(200);
    }

    @Test
    void an_empty_file_is_sent_whole_but_no_part_of_it_can_be_asked() {
        assertThat(ByteRange.of(null, 0).status()).isEqualTo(200);
        assertThat(ByteRange.of(null, 0).length()).isZero();
        assertThat(ByteRange.of("bytes=0-", 0).status()).isEqualTo(416);
    }
}
