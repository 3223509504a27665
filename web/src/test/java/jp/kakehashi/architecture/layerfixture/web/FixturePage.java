package jp.kakehashi.architecture.layerfixture.web;

import jp.kakehashi.architecture.layerfixture.infrastructure.FixtureGateway;

/** Breaks the rule on purpose: a web class that uses infrastructure directly (LayerRulesTest). */
public class FixturePage {

    public String render() {
        return new FixtureGateway().call();
    }
}
