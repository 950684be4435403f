package app.gazette.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * A DNS resolver for HTTP clients that call addresses users gave (picture imports, webhooks): a name
 * resolves to its addresses only when every one is a public unicast address, so a connection never
 * reaches this machine or its network, even after a redirect or a DNS answer that changes between
 * checks (the address checked is the one connected to). IP literals resolve through it too.
 */
public final class PublicAddresses implements DnsResolver {

    /** Thrown for a name that resolves to an internal address. */
    public static final class InternalAddress extends UnknownHostException {
        InternalAddress(String host) {
            super(host);
        }
    }

    private final DnsResolver names;
    private final boolean allowLoopback;

    /** Resolves through the system's DNS; loopback is allowed only when {@code allowLoopback} (tests). */
    public PublicAddresses(boolean allowLoopback) {
        this(SystemDefaultDnsResolver.INSTANCE, allowLoopback);
    }

    /** Checks what {@code names} answers (tests give a resolver of their own). */
    public PublicAddresses(DnsResolver names, boolean allowLoopback) {
        this.names = names;
        this.allowLoopback = allowLoopback;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = names.resolve(host);
        if (addresses == null
                || addresses.length == 0
                || !Arrays.stream(addresses).allMatch(this::allowed)) {
            throw new InternalAddress(host);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return names.resolveCanonicalHostname(host);
    }

    /** Whether a connection to this address is allowed. */
    public boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address instanceof Inet6Address six && isMappedOrCompatible(six)) {
            return false;
        }
        return !(address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || internalRange(address.getAddress()));
    }

    /** Ranges the JDK's predicates miss: 0/8, CGNAT 100.64/10, 192.0.0/24, benchmarks 198.18/15, 240/4 and IPv6 ULA fc00::/7. */
    private static boolean internalRange(byte[] a) {
        if (a.length == 4) {
            int b0 = a[0] & 0xff;
            int b1 = a[1] & 0xff;
            return b0 == 0
                    || b0 >= 240
                    || (b0 == 100 && b1 >= 64 && b1 < 128)
                    || (b0 == 192 && b1 == 0 && a[2] == 0)
                    || (b0 == 198 && (b1 == 18 || b1 == 19));
        }
        return (a[0] & 0xfe) == 0xfc;
    }

    /** ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address that must not slip past the checks. */
    private static boolean isMappedOrCompatible(Inet6Address six) {
        byte[] a = six.getAddress();
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return (a[10] == (byte) 0xff && a[11] == (byte) 0xff) || (a[10] == 0 && a[11] == 0);
    }
}
