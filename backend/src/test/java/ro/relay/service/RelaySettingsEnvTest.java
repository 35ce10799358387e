package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The environment variables the README and the deployment name reach the relay's storage settings. */
class RelaySettingsEnvTest {

    private static RelaySettings from(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().addDiscoveredConverters()
                .withSources(new EnvConfigSource(env, 300)).withMapping(RelaySettings.class).build();
        return config.getConfigMapping(RelaySettings.class);
    }

    @Test
    void the_s3_storage_and_the_sweep_are_set_by_their_environment_variables() {
        RelaySettings settings = from(Map.of("RO_RELAY_STORAGE", "s3", "RO_RELAY_ORPHAN_SWEEP", "PT2S",
                "RO_RELAY_S3_ENDPOINT", "http://minio:9000", "RO_RELAY_S3_BUCKET", "ro-files", "RO_RELAY_S3_REGION", "ca-central-1",
                "RO_RELAY_S3_ACCESS_KEY_ID", "id", "RO_RELAY_S3_SECRET_ACCESS_KEY", "secret", "RO_RELAY_S3_PATH_STYLE", "false",
                "RO_RELAY_S3_CREATE_BUCKET", "false"));
        assertThat(settings.storage()).isEqualTo(RelaySettings.Storage.S3);
        assertThat(settings.orphanSweep()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.s3().endpoint()).contains("http://minio:9000");
        assertThat(settings.s3().bucket()).contains("ro-files");
        assertThat(settings.s3().region()).isEqualTo("ca-central-1");
        assertThat(settings.s3().accessKeyId()).contains("id");
        assertThat(settings.s3().secretAccessKey()).contains("secret");
        assertThat(settings.s3().pathStyle()).isFalse();
        assertThat(settings.s3().createBucket()).isFalse();
    }

    @Test
    void by_default_files_are_in_the_directory_swept_every_hour_and_an_empty_endpoint_means_aws() {
        RelaySettings settings = from(Map.of("RO_RELAY_S3_ENDPOINT", ""));
        assertThat(settings.storage()).isEqualTo(RelaySettings.Storage.DIRECTORY);
        assertThat(settings.orphanSweep()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.s3().endpoint()).isEmpty();
        assertThat(settings.s3().region()).isEqualTo("us-east-1");
        assertThat(settings.s3().pathStyle()).isTrue();
        assertThat(settings.s3().createBucket()).isTrue();
    }
}
