package dev.kunai.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.throttling.ClientAddress.Header;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesForwardingHeadersAreIgnored() {
        var request = Requests.from("10.0.0.5:51234", "X-Forwarded-For", "1.2.3.4", "Forwarded", "for=5.6.7.8");
        assertThat(ClientAddress.direct().of(request)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.behindProxies(0, Header.FORWARDED).of(request)).isEqualTo("10.0.0.5");
    }

    @Test
    void peerAddressLosesItsPortIncludingIpv6() {
        assertThat(ClientAddress.direct().of(Requests.from("[2001:db8::1]:8080")))
                .isEqualTo("2001:db8::1");
        assertThat(ClientAddress.direct().of(Requests.from("2001:db8::1"))).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.direct().of(Requests.from("in-process"))).isEqualTo("in-process");
    }

    @Test
    void behindOneProxyTheRightmostForwardedForEntryIsTheClient() {
        // The client forged "6.6.6.6"; the proxy appended the address it saw.
        var request = Requests.from("10.0.0.1:3000", "X-Forwarded-For", "6.6.6.6, 203.0.113.7");
        assertThat(ClientAddress.behindProxies(1, Header.X_FORWARDED_FOR).of(request))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void behindTwoProxiesTheSecondFromTheRightAcrossRepeatedHeaders() {
        var request = Requests.from(
                "10.0.0.1:3000", "X-Forwarded-For", "6.6.6.6, 203.0.113.7", "X-Forwarded-For", "10.0.0.2");
        assertThat(ClientAddress.behindProxies(2, Header.X_FORWARDED_FOR).of(request))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void shorterChainThanConfiguredTakesTheLeftmostAndNoHeaderTakesThePeer() {
        var shorter = Requests.from("10.0.0.1:3000", "X-Forwarded-For", "203.0.113.7");
        assertThat(ClientAddress.behindProxies(3, Header.X_FORWARDED_FOR).of(shorter))
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddress.behindProxies(1, Header.X_FORWARDED_FOR).of(Requests.from("10.0.0.1:3000")))
                .isEqualTo("10.0.0.1");
    }

    @Test
    void forwardedHeaderPerRfc7239() {
        var request = Requests.from(
                "10.0.0.1:3000",
                "Forwarded",
                "for=6.6.6.6;proto=http, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.9",
                "X-Forwarded-For",
                "9.9.9.9");
        assertThat(ClientAddress.behindProxies(1, Header.FORWARDED).of(request)).isEqualTo("2001:db8:cafe::17");
        var withPort = Requests.from("10.0.0.1:3000", "Forwarded", "For=\"192.0.2.60:8080\"");
        assertThat(ClientAddress.behindProxies(1, Header.FORWARDED).of(withPort))
                .isEqualTo("192.0.2.60");
    }

    @Test
    void rejectsNegativeProxyCount() {
        assertThatThrownBy(() -> ClientAddress.behindProxies(-1, Header.FORWARDED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
