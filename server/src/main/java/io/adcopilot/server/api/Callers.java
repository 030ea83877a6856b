package io.adcopilot.server.api;

import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.auth.PlatformAuthenticator;
import io.adcopilot.server.auth.ConsoleTokens;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is calling the copilot API: an advertiser (a platform token) or console staff (a reviewer or admin token of
 * the copilot's own), from the Authorization header.
 */
public final class Callers {

    /** A caller: exactly one of an advertiser and a member of staff. */
    public record Caller(Optional<Principal> advertiser, Optional<ConsoleTokens.Staff> staff) {}

    private final PlatformAuthenticator authenticator;
    private final ConsoleTokens console;

    public Callers(PlatformAuthenticator authenticator, ConsoleTokens console) {
        this.authenticator = authenticator;
        this.console = console;
    }

    public Principal advertiser(Context ctx) {
        Caller caller = anyone(ctx);
        return caller.advertiser().orElseThrow(() -> ApiError.forbidden("this needs an advertiser token"));
    }

    /** A reviewer or an admin. */
    public ConsoleTokens.Staff staff(Context ctx) {
        return anyone(ctx).staff().orElseThrow(() -> ApiError.forbidden(
                "this needs a reviewer or admin token (./adcopilot token --reviewer NAME)"));
    }

    public ConsoleTokens.Staff admin(Context ctx) {
        ConsoleTokens.Staff staff = staff(ctx);
        if (!staff.admin()) throw ApiError.forbidden("this needs an admin token (./adcopilot token --admin NAME)");
        return staff;
    }

    public Caller anyone(Context ctx) {
        Optional<String> token = PlatformAuthenticator.bearer(ctx.header("Authorization"));
        if (token.isEmpty()) throw ApiError.unauthenticated();
        Optional<ConsoleTokens.Staff> staff = console.verify(token.get());
        if (staff.isPresent()) return new Caller(Optional.empty(), staff);
        Principal principal = authenticator.authenticate(token.get()).orElseThrow(ApiError::unauthenticated);
        return new Caller(Optional.of(principal), Optional.empty());
    }
}
