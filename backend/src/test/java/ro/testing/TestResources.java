package ro.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against the embedded PostgreSQL (and the Keycloak that `make test` starts). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestResources {
    private TestResources() {
    }
}
