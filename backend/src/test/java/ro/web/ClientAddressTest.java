package ro.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void x_forwarded_for_is_ignored_unless_a_proxy_is_trusted() {
        assertThat(ClientAddress.of("10.0.0.9", List.of("198.51.100.1"), 0)).isEqualTo("10.0.0.9");
    }

    @Test
    void behind_one_trusted_proxy_the_address_it_saw_counts_not_what_the_client_wrote_before_it() {
        assertThat(ClientAddress.of("10.0.0.9", List.of("1.2.3.4, 198.51.100.1"), 1)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.9", List.of("1.2.3.4", "198.51.100.1"), 2)).isEqualTo("1.2.3.4");
    }

    @Test
    void a_malformed_or_missing_forwarded_address_falls_back_to_the_connection() {
        assertThat(ClientAddress.of("10.0.0.9", List.of("<script>"), 1)).isEqualTo("10.0.0.9");
        assertThat(ClientAddress.of("10.0.0.9", List.of(), 1)).isEqualTo("10.0.0.9");
    }
}
