package jp.kakehashi.architecture.layerfixture.domain;

import jp.kakehashi.architecture.layerfixture.application.FixtureService;

/** Breaks the rule on purpose: a domain class that uses an application service (LayerRulesTest). */
public class FixtureEntity {

    public String describe() {
        return new FixtureService().answer();
    }
}
