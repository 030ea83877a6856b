package io.adcopilot.agent.platform;

import io.adcopilot.core.tool.Principal;

/** Asks the platform for reports on behalf of a principal. */
@FunctionalInterface
public interface Reports {

    /** The report, or a failure the caller can explain (see {@link ReportFailure}). */
    ReportTable query(Principal principal, ReportRequest request) throws ReportFailure;

    /** The platform refused or failed: its code, message and hint. */
    final class ReportFailure extends Exception {
        private final String code;
        private final String hint;

        public ReportFailure(String code, String message, String hint) {
            super(message);
            this.code = code;
            this.hint = hint;
        }

        public String code() {
            return code;
        }

        /** The gateway's failure this came from. */
        public io.adcopilot.core.tool.ToolResult.Failure failure() {
            return new io.adcopilot.core.tool.ToolResult.Failure(code, getMessage(), hint, null, null);
        }

        public String hint() {
            return hint;
        }
    }
}
