package jp.kakehashi.admin.application;

import java.util.Map;

/** A message in full: its summary, its body pretty-printed when it is JSON, and its JMS headers and properties. */
public record QueuedMessageDetail(QueuedMessageSummary summary, String body, Map<String, String> properties) {}
