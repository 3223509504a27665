package jp.kakehashi.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Arquillian deployments, made as Kakehashi's own modules are. */
public final class TestArchives {

    private TestArchives() {
    }

    /**
     * A web archive that is a bean archive: the server discovers no implicit bean archives
     * ({@code cdi enableImplicitBeanArchives="false"}), so without a beans.xml nothing in it would be injected.
     */
    public static WebArchive war(String name) {
        return ShrinkWrap.create(WebArchive.class, name).addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
