package jp.kakehashi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules that hold inside every feature and shared, kept apart so that {@link LayerRulesTest} can show that
 * each of them catches a violation.
 */
final class LayerRules {

    static final ArchRule WEB_WITHOUT_INFRASTRUCTURE = noClasses()
            .that()
            .resideInAPackage("jp.kakehashi..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jp.kakehashi..infrastructure..")
            .because("pages and resources reach infrastructure through ports of application or domain");

    static final ArchRule APPLICATION_WITHOUT_INFRASTRUCTURE = noClasses()
            .that()
            .resideInAPackage("jp.kakehashi..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jp.kakehashi..infrastructure..")
            .because("services reach infrastructure through ports (interfaces in application or domain)");

    static final ArchRule DOMAIN_ALONE = noClasses()
            .that()
            .resideInAPackage("jp.kakehashi..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jp.kakehashi..application..", "jp.kakehashi..infrastructure..")
            .because("the domain knows neither the services that use it nor the infrastructure behind them");

    private LayerRules() {}
}
