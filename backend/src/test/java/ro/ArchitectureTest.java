package ro;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.annotation.security.RolesAllowed;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ro");

    @Test
    void the_rules_are_plain_java_free_of_rest_persistence_and_quarkus() {
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Policy")
                .or().haveSimpleNameEndingWith("Chain").or().resideInAPackage("ro.rules..")
                .or().haveSimpleName("SearchKey")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "org.hibernate..", "io.quarkus..", "io.vertx..", "jakarta.enterprise..", "jakarta.transaction..")
                .check(CODE);
    }

    /**
     * The web layer (resources, the records on the wire in rest/, and ro.web) depends on the services and models;
     * never the other way: a service takes commands and returns read records of its own, and refuses with the
     * domain exceptions of ro.rules that ro.web maps to HTTP.
     */
    @Test
    void services_and_models_never_depend_on_the_web_layer() {
        noClasses().that().resideInAnyPackage("..service..", "..model..", "ro.rules..", "ro.assessment..", "ro.security..",
                        "ro.audit", "ro.participant")
                .and().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "ro.web..", "jakarta.ws.rs..")
                .check(CODE);
    }

    @Test
    void resources_only_map_http_and_never_touch_repositories_or_entities_persistence() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
                .check(CODE);
    }

    @Test
    void every_resource_is_secured_by_role() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource").and().arePublic()
                .should(new ArchCondition<JavaMethod>("be allowed to named roles only") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        // The one exception: a video's range requests, whose credential is a playback grant a caller
                        // holding a role asked for (ro.relay.rest.PlaybackResource; its scope is checked at each request).
                        boolean grantedPlayback = method.getFullName().startsWith("ro.relay.rest.PlaybackResource.playVideo(")
                                && method.isAnnotatedWith(jakarta.annotation.security.PermitAll.class);
                        if (!grantedPlayback && !method.isAnnotatedWith(RolesAllowed.class) && !method.getOwner().isAnnotatedWith(RolesAllowed.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " names no roles"));
                        }
                    }
                })
                .check(CODE);
    }
}
