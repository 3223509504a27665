package jp.kakehashi.architecture.layerfixture.application;

import jp.kakehashi.architecture.layerfixture.infrastructure.FixtureGateway;

/** Breaks the rule on purpose: an application class that uses infrastructure directly (LayerRulesTest). */
public class FixtureService {

    public String answer() {
        return new FixtureGateway().call();
    }
}
