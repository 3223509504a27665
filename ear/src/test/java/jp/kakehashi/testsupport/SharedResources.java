package jp.kakehashi.testsupport;

/**
 * What IT classes that run at the same time share, named for JUnit's {@code @ResourceLock}. The ITs run in two lanes
 * (ear/pom.xml): the main one, class after class, and beside it the side lane of the classes that start servers of
 * their own ({@link OnServersOfItsOwn}). A class that changes something of the test server's that a class of the
 * other lane relies on locks its name here; a class that needs the whole test server to itself is {@code @Isolated}
 * instead, and runs after both lanes.
 */
public final class SharedResources {

    /**
     * The side lane ({@link OnServersOfItsOwn}): its classes run one at a time, since each starts several servers and
     * two at once would starve a 2-core machine.
     */
    public static final String SIDE_LANE = "kakehashi.side-lane";

    /**
     * The dead-letter queue and what the admin pages show of it: the dead-letter replay classes fill and purge it,
     * {@link BesideTheOtherClasses} classes that show its page read it.
     */
    public static final String DEAD_LETTERS = "kakehashi.dead-letters";

    private SharedResources() {}
}
