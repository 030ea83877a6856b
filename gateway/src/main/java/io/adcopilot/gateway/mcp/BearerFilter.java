package io.adcopilot.gateway.mcp;

import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.auth.PlatformAuthenticator;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Answers 401 to MCP requests without a token the platform accepts; otherwise hands the principal on. */
final class BearerFilter implements Filter {

    static final String PRINCIPAL = "adcopilot.principal";
    private final PlatformAuthenticator authenticator;

    BearerFilter(PlatformAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        Optional<String> token = PlatformAuthenticator.bearer(request.getHeader("Authorization"));
        Optional<Principal> principal;
        try {
            principal = token.flatMap(authenticator::authenticate);
        } catch (IllegalStateException e) {
            response.setStatus(503);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":{\"code\":\"unavailable\",\"message\":\"cannot check the token now\"}}");
            return;
        }
        if (principal.isEmpty()) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"adcopilot\"");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":{\"code\":\"unauthenticated\",\"message\":\"send 'Authorization: "
                    + "Bearer <token>' with an advertiser token (./adcopilot token --advertiser adv-1001)\"}}");
            return;
        }
        request.setAttribute(PRINCIPAL, principal.get());
        chain.doFilter(req, res);
    }
}
