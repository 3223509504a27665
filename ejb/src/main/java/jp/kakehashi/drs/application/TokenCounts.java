package jp.kakehashi.drs.application;

/** How many devices hold active tokens, how many of those are due for a refresh, and how many need setting up again. */
public record TokenCounts(long active, long due, long needsSetup) {}
