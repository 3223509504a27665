package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** This Amazon account is linked to another member. Rolls back: nothing is stored. */
@ApplicationException(rollback = true)
public class AmazonAccountAlreadyLinkedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AmazonAccountAlreadyLinkedException() {
        super("This Amazon account is linked to another member.");
    }
}
