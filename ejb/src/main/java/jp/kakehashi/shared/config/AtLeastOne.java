package jp.kakehashi.shared.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an int component of a {@link Settings} record that counts something there must be at least one of (a batch's
 * size, calls in flight, attempts): a setting below 1 is read as 1, so that a 0 cannot stop the work it paces.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AtLeastOne {}
