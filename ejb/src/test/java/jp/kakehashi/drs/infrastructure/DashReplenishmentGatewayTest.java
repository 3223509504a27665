package jp.kakehashi.drs.infrastructure;

import static jp.kakehashi.drs.infrastructure.DashReplenishmentGateway.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.kakehashi.drs.application.DashReplenishmentService.DrsAnswer;
import org.junit.jupiter.api.Test;

/** How each of Amazon's answers is sorted: by what Amazon may have done, which decides whether a retry is safe. */
class DashReplenishmentGatewayTest {

    @Test
    void replenishAnswersAreReadForTheirDetailCodeAndEventInstanceId() {
        DrsAnswer placed = answer(
                "replenish",
                200,
                "req-1",
                "{\"eventInstanceId\":\"amzn1.dash.v2.o.1\",\"detailCode\":\"STANDARD_ORDER_PLACED\"}",
                12);
        assertEquals(DrsAnswer.Kind.OK, placed.kind());
        assertEquals("amzn1.dash.v2.o.1", placed.eventInstanceId());
        assertEquals("STANDARD_ORDER_PLACED", placed.detailCode());
        assertEquals("req-1", placed.requestId());
        assertEquals(
                "ORDER_INPROGRESS",
                answer(
                                "replenish",
                                200,
                                null,
                                "{\"eventInstanceId\":\"amzn1.dash.v2.o.1\",\"detailCode\":\"ORDER_INPROGRESS\"}",
                                1)
                        .detailCode());
    }

    @Test
    void aSuccessWeCannotReadMayHaveOrdered() {
        assertEquals(
                DrsAnswer.Kind.ANSWER_LOST,
                answer("replenish", 200, null, "<html>", 1).kind());
        assertEquals(
                DrsAnswer.Kind.ANSWER_LOST,
                answer("replenish", 200, null, "{}", 1).kind());
    }

    @Test
    void errorsAreSortedByWhetherAmazonMayHaveActed() {
        assertEquals(
                DrsAnswer.Kind.TOKEN_REFUSED,
                answer("replenish", 400, null, "{\"code\":\"InvalidToken\"}", 1).kind());
        assertEquals(
                DrsAnswer.Kind.TOKEN_REFUSED,
                answer("slotStatus", 401, null, "", 1).kind());
        assertEquals(
                DrsAnswer.Kind.REFUSED,
                answer("replenish", 400, null, "{\"code\":\"InvalidInput\"}", 1).kind());
        assertEquals(
                DrsAnswer.Kind.REFUSED,
                answer("replenish", 403, null, "{\"code\":\"InvalidSlot\"}", 1).kind());
        assertEquals(
                DrsAnswer.Kind.UNAVAILABLE,
                answer("replenish", 429, null, "", 1).kind());
        assertEquals(
                DrsAnswer.Kind.UNAVAILABLE,
                answer("replenish", 503, null, "", 1).kind());
        assertEquals(
                DrsAnswer.Kind.ANSWER_LOST,
                answer("replenish", 500, null, "", 1).kind());
        assertEquals(
                DrsAnswer.Kind.ANSWER_LOST,
                answer("replenish", 504, null, "", 1).kind());
        assertEquals(DrsAnswer.Kind.OK, answer("deviceStatus", 200, null, "", 1).kind());
    }
}
