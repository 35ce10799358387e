package ro.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Referrals and participants: the services and the model know nothing of HTTP; only the resources do. */
class ReferralLayersTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ro.referral", "ro.participant");

    private static final String[] WEB = { "..rest..", "ro.web..", "jakarta.ws.rs.." };

    @Test
    void referral_services_and_model_take_commands_and_return_records_of_their_own_free_of_the_web_layer() {
        noClasses().that().resideInAnyPackage("ro.referral.service..", "ro.referral.model..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB).check(CODE);
    }

    @Test
    void in_the_flat_participant_package_only_the_resource_knows_http() {
        noClasses().that().resideInAPackage("ro.participant").and().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage(WEB).check(CODE);
    }
}
