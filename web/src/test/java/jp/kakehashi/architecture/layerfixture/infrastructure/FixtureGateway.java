package jp.kakehashi.architecture.layerfixture.infrastructure;

/** A stand-in infrastructure class for LayerRulesTest. */
public class FixtureGateway {

    public String call() {
        return "answer";
    }
}
