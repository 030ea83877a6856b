package io.adcopilot.server.api;

import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.auth.PlatformAuthenticator;
import io.javalin.http.Context;

/** Who is calling the copilot API: the advertiser whose platform token is in the Authorization header. */
public final class Callers {

    private final PlatformAuthenticator authenticator;

    public Callers(PlatformAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    public Principal advertiser(Context ctx) {
        return PlatformAuthenticator.bearer(ctx.header("Authorization"))
                .flatMap(authenticator::authenticate)
                .orElseThrow(ApiError::unauthenticated);
    }
}
