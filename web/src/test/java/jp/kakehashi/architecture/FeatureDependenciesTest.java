package jp.kakehashi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages (signin, member, drs, sns, admin) depend on each other one way only, and on shared, which
 * depends on none of them: admin reads every feature, features publish to shared ports (activity counts, the audit
 * trail's events) rather than into admin. Inside every feature and shared, web and application reach infrastructure
 * only through ports (interfaces in application or domain that infrastructure implements), and domain depends on
 * neither. Checked on the EJB module's and the web module's classes together.
 */
class FeatureDependenciesTest {

    private static final JavaClasses KAKEHASHI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.kakehashi");

    @Test
    void bothModulesAreSeen() {
        assertTrue(KAKEHASHI.containPackage("jp.kakehashi.drs.application"), "the EJB module's classes");
        assertTrue(KAKEHASHI.containPackage("jp.kakehashi.drs.web"), "the web module's classes");
    }

    @Test
    void noCycleBetweenFeatures() {
        slices().matching("jp.kakehashi.(*)..").should().beFreeOfCycles().check(KAKEHASHI);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("jp.kakehashi.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jp.kakehashi.signin..",
                        "jp.kakehashi.member..",
                        "jp.kakehashi.drs..",
                        "jp.kakehashi.sns..",
                        "jp.kakehashi.admin..")
                .check(KAKEHASHI);
    }

    @Test
    void webDoesNotReachIntoInfrastructure() {
        LayerRules.WEB_WITHOUT_INFRASTRUCTURE.check(KAKEHASHI);
    }

    @Test
    void applicationDoesNotReachIntoInfrastructure() {
        LayerRules.APPLICATION_WITHOUT_INFRASTRUCTURE.check(KAKEHASHI);
    }

    @Test
    void domainDependsOnNeitherApplicationNorInfrastructure() {
        LayerRules.DOMAIN_ALONE.check(KAKEHASHI);
    }

    /**
     * The sign-in with Amazon names its own navigation outcomes (signin.web.SignInPages) rather than taking them from
     * the member pages' backing beans: it uses member's services and session state, not its page beans.
     */
    @Test
    void signinTakesNoNavigationFromMemberPages() {
        noClasses()
                .that()
                .resideInAPackage("jp.kakehashi.signin..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(
                        jp.kakehashi.member.web.MemberLogin.class,
                        jp.kakehashi.member.web.MemberAccount.class,
                        jp.kakehashi.member.web.MemberRegistration.class)
                .check(KAKEHASHI);
    }

    @Test
    void onlyAdminDependsOnAdmin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jp.kakehashi.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.kakehashi.admin..")
                .check(KAKEHASHI);
    }
}
