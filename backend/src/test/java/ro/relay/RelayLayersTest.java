package ro.relay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The relay's services and model know nothing of HTTP: the records they take and return are their own. */
class RelayLayersTest {

    private static final JavaClasses RELAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ro.relay");

    @Test
    void the_relay_services_and_model_never_depend_on_the_web_layer() {
        noClasses().that().resideInAnyPackage("ro.relay.service..", "ro.relay.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "ro.web..", "jakarta.ws.rs..")
                .check(RELAY);
    }
}
