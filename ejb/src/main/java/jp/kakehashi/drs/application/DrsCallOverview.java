package jp.kakehashi.drs.application;

import java.time.Instant;

/** A call Kakehashi made to the DRS service for a device, and what came of it. */
public record DrsCallOverview(
        long id,
        long deviceId,
        String endpoint,
        String slotId,
        Integer httpStatus,
        String requestId,
        String outcome,
        Instant calledAt,
        long durationMillis,
        boolean ok) {}
