package jp.kakehashi.sandbox.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record of settings read by {@link SettingsReader}: each component from MicroProfile Config under this prefix
 * and its name in kebab case ({@code shipAfter} under {@code sandbox.drs}: {@code sandbox.drs.ship-after}), unless a
 * {@link SettingKey} names its key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SettingsPrefix {

    String value();
}
