package io.adcopilot.server.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A reply's table as aligned text for the terminal. */
final class TextTable {

    private TextTable() {}

    static String render(JsonNode table) {
        List<JsonNode> columns = new ArrayList<>();
        table.path("columns").forEach(columns::add);
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns.stream().map(c -> c.path("label").asString()).toList());
        for (JsonNode row : table.path("rows")) {
            lines.add(columns.stream().map(c -> cell(row.path(c.path("key").asString()), c.path("unit").asString("text"))).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) widths[i] = Math.max(widths[i], width(line.get(i)));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            out.append(' ');
            for (int i = 0; i < line.size(); i++) {
                out.append(' ').append(line.get(i)).append(" ".repeat(widths[i] - width(line.get(i)) + 1));
            }
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(JsonNode value, String unit) {
        if (value.isMissingNode() || value.isNull()) return "";
        if (!value.isNumber()) return value.asString();
        java.math.BigDecimal v = value.decimalValue();
        return switch (unit) {
            case "money" -> String.format("¥%,.2f", v);
            case "count" -> String.format("%,d", v.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
            case "percent" -> String.format("%.2f%%", v.movePointRight(2));
            case "ratio" -> String.format("%.2f", v);
            default -> v.toPlainString();
        };
    }

    /** Display width: CJK characters take two columns. */
    private static int width(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }
}
