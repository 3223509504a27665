package jp.kakehashi.signin.web;

/** Why the shopper went to Amazon: decides what the return does with the buyer Get Buyer answers. */
public enum SignInPurpose {
    /** Log in a member whose account is linked (Amazon Pay's Amazon Sign-in guide, step 2.1). */
    LOGIN,
    /** Pre-fill the registration form (Amazon Pay's Amazon Sign-in guide, step 2.2). */
    REGISTER,
    /** Link Amazon to the logged-in member's account. */
    LINK
}
