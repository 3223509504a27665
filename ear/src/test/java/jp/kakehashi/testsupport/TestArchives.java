package jp.kakehashi.testsupport;

import jakarta.enterprise.inject.spi.Extension;
import jp.kakehashi.shared.config.AtLeastOne;
import jp.kakehashi.shared.config.Settings;
import jp.kakehashi.shared.config.SettingsExtension;
import jp.kakehashi.shared.config.SettingsRecords;
import jp.kakehashi.shared.paging.PageRequest;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Arquillian deployments, made as Kakehashi's own modules are. */
public final class TestArchives {

    private TestArchives() {}

    /**
     * A web archive that is a bean archive: the server discovers no implicit bean archives
     * ({@code cdi enableImplicitBeanArchives="false"}), so without a beans.xml nothing in it would be injected. The
     * configuration records ({@code @Settings}) are beans through SettingsExtension, as in the EJB module; the lists'
     * keyset paging (shared.paging), which every feature's list service uses, comes with them.
     */
    public static WebArchive war(String name) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addClasses(Settings.class, AtLeastOne.class, SettingsRecords.class, SettingsExtension.class)
                .addPackage(PageRequest.class.getPackage())
                .addAsServiceProvider(Extension.class, SettingsExtension.class);
    }
}
