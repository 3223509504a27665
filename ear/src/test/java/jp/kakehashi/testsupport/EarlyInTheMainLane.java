package jp.kakehashi.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Order;

/**
 * A main-lane class that mostly waits (Amazon's read timeouts, a circuit breaker's delay) rather than works: it runs
 * before the main lane's other classes, while the side lane's server starts use the CPU it leaves. At the end of the
 * main lane, after the other lanes, it left the machine half idle for a minute (docs/testing.md, "How long"). Ordered
 * after the side lane's and the classes beside the others, which are forked first whatever their order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Order(5)
public @interface EarlyInTheMainLane {}
