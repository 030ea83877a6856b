package io.adcopilot.sandbox.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens of advertisers: {@code <advertiser id>.<HMAC-SHA256 of it>} under the platform's secret, which is
 * kept in the data directory ({@code platform.secret}, created on first use, readable by its owner only).
 */
public final class PlatformTokens {

    private static final Pattern ADVERTISER_ID = Pattern.compile("adv-[0-9]{4,6}");
    private final byte[] secret;

    private PlatformTokens(byte[] secret) {
        this.secret = secret;
    }

    public static PlatformTokens inDataDir(Path dataDir) {
        Path file = dataDir.resolve("platform.secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(dataDir, "platform", ".secret");
                Files.writeString(tmp, HexFormat.of().formatHex(fresh));
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                try {
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            return new PlatformTokens(HexFormat.of().parseHex(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    public static boolean isAdvertiserId(String id) {
        return id != null && ADVERTISER_ID.matcher(id).matches();
    }

    public String issue(String advertiserId) {
        if (!isAdvertiserId(advertiserId)) {
            throw new IllegalArgumentException("not an advertiser id: " + advertiserId + " (expected adv-1001)");
        }
        return advertiserId + "." + sign(advertiserId);
    }

    /** The advertiser a token was issued to, if the token is genuine. */
    public Optional<String> verify(String token) {
        if (token == null) return Optional.empty();
        int dot = token.indexOf('.');
        if (dot < 0) return Optional.empty();
        String advertiserId = token.substring(0, dot);
        if (!isAdvertiserId(advertiserId)) return Optional.empty();
        byte[] expected = sign(advertiserId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(advertiserId) : Optional.empty();
    }

    private String sign(String advertiserId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("advertiser:" + advertiserId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
