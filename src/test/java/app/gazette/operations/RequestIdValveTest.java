package app.gazette.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class RequestIdValveTest {

    @Test
    void theIdIsInTheLogContextWhileTheRequestRunsAndGoneAfter() throws Exception {
        Request request = mock(Request.class);
        Response response = mock(Response.class);
        given(request.getHeader("X-Request-Id")).willReturn("edge-42");
        Valve next = mock(Valve.class);
        AtomicReference<String> logged = new AtomicReference<>();
        doAnswer(call -> {
                    logged.set(MDC.get(RequestIdValve.MDC_KEY));
                    return null;
                })
                .when(next)
                .invoke(request, response);
        RequestIdValve valve = new RequestIdValve();
        valve.setNext(next);

        valve.invoke(request, response);

        assertThat(logged).hasValue("edge-42");
        assertThat(MDC.get(RequestIdValve.MDC_KEY)).isNull();
        then(response).should().setHeader("X-Request-Id", "edge-42");
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() {
        assertThat(RequestIdValve.idFor("ok\n2026-01-01 INFO forged")).matches("[0-9a-f]{32}");
        assertThat(RequestIdValve.idFor("")).matches("[0-9a-f]{32}");
        assertThat(RequestIdValve.idFor("5f0c-AB_9.x")).isEqualTo("5f0c-AB_9.x");
    }
}
