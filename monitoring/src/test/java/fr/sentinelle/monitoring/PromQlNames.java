package fr.sentinelle.monitoring;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana label_values query) reads. Not a parser: it
 * blanks strings, label matchers, ranges and grouping clauses, then keeps the identifiers that are
 * neither functions nor keywords. promtool checks the syntax; this only has to find the names.
 */
final class PromQlNames {
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\\w:])(\\s*\\()?");
  private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*[a-zA-Z_]\\w*\\s*\\)\\s*$");
  private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
      "and", "or", "unless", "bool", "offset", "inf", "nan", "Inf", "NaN");

  private PromQlNames() {}

  static Set<String> of(String expression) {
    Matcher labelValues = LABEL_VALUES.matcher(expression);
    String expr = labelValues.matches() ? labelValues.group(1) : expression;
    expr = STRING.matcher(expr).replaceAll("\"\"");
    expr = MATCHERS.matcher(expr).replaceAll("{}");
    expr = RANGE.matcher(expr).replaceAll("[]");
    expr = GROUPING.matcher(expr).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(expr);
    while (m.find()) {
      if (m.group(2) == null && !KEYWORDS.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
