package jp.kakehashi.member.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * An Amazon buyerId that Get Buyer has just returned for this shopper's own sign-in (the one-time state on the
 * return URL proved it). Never built from anything a browser sends directly.
 */
public record AmazonBuyerCredential(String buyerId) implements Credential {}
