package io.adcopilot.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Tokens of the console's people: {@code reviewer:<name>.<HMAC>} label turns and read traces, datasets and
 * experiments; {@code admin:<name>.<HMAC>} may also change sampling rules and monitors. Signed with the copilot's
 * own secret ({@code copilot.secret} in the data directory), not the platform's.
 */
public final class ConsoleTokens {

    /** Someone using the console: their name, and whether they are an admin. */
    public record Staff(String name, boolean admin) {}

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private final byte[] secret;

    private ConsoleTokens(byte[] secret) {
        this.secret = secret;
    }

    public static ConsoleTokens inDataDir(Path dataDir) {
        Path file = dataDir.resolve("copilot.secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(dataDir, "copilot", ".secret");
                Files.writeString(tmp, HexFormat.of().formatHex(fresh));
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the file system has no owner-only mode
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            return new ConsoleTokens(HexFormat.of().parseHex(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public String issue(Staff staff) {
        if (!isName(staff.name())) {
            throw new IllegalArgumentException("a console name is 1–32 lower-case letters, digits, - or _: " + staff.name());
        }
        String subject = (staff.admin() ? "admin:" : "reviewer:") + staff.name();
        return subject + "." + sign(subject);
    }

    public Optional<Staff> verify(String token) {
        if (token == null) return Optional.empty();
        int dot = token.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String subject = token.substring(0, dot);
        boolean admin = subject.startsWith("admin:");
        if (!admin && !subject.startsWith("reviewer:")) return Optional.empty();
        String name = subject.substring(subject.indexOf(':') + 1);
        if (!isName(name)) return Optional.empty();
        byte[] expected = sign(subject).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(new Staff(name, admin)) : Optional.empty();
    }

    private String sign(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
