package jp.kakehashi.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import jp.kakehashi.architecture.layerfixture.application.FixtureService;
import jp.kakehashi.architecture.layerfixture.domain.FixtureEntity;
import jp.kakehashi.architecture.layerfixture.infrastructure.FixtureGateway;
import jp.kakehashi.architecture.layerfixture.web.FixturePage;
import org.junit.jupiter.api.Test;

/** The layer rules of FeatureDependenciesTest catch a violation, and only where there is one (layerfixture). */
class LayerRulesTest {

    private static final JavaClasses FIXTURE = new ClassFileImporter()
            .importClasses(FixturePage.class, FixtureService.class, FixtureEntity.class, FixtureGateway.class);

    @Test
    void webUsingInfrastructureFails() {
        assertViolatedBy(LayerRules.WEB_WITHOUT_INFRASTRUCTURE, FixturePage.class);
    }

    @Test
    void applicationUsingInfrastructureFails() {
        assertViolatedBy(LayerRules.APPLICATION_WITHOUT_INFRASTRUCTURE, FixtureService.class);
    }

    @Test
    void domainUsingApplicationFails() {
        assertViolatedBy(LayerRules.DOMAIN_ALONE, FixtureEntity.class);
    }

    private static void assertViolatedBy(ArchRule rule, Class<?> offender) {
        var result = rule.evaluate(FIXTURE);
        assertTrue(result.hasViolation(), rule.getDescription());
        assertTrue(
                result.getFailureReport().getDetails().stream().allMatch(line -> line.contains(offender.getName())),
                () -> "only " + offender.getSimpleName() + " breaks it: "
                        + result.getFailureReport().getDetails());
    }
}
