package fr.sentinelle.models.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans review text before analysis: decodes the HTML entities scraped reviews carry
 * (e.g. {@code &#39;}, {@code &amp;}) and collapses whitespace, so "didn&#39;t" and "didn't" give
 * the same tokens at training and at scoring time.
 */
public final class TextNormalizer {
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("nbsp", " "), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
      Map.entry("agrave", "à"), Map.entry("ccedil", "ç"), Map.entry("ecirc", "ê"), Map.entry("hellip", "…"),
      Map.entry("rsquo", "'"), Map.entry("lsquo", "'"), Map.entry("rdquo", "\""), Map.entry("ldquo", "\""),
      Map.entry("mdash", "—"), Map.entry("ndash", "–"));

  private TextNormalizer() {}

  /** Decoded, whitespace-collapsed text; null becomes the empty string. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decoded = text.indexOf('&') >= 0 ? decodeEntities(text) : text;
    return collapseSpaces(decoded).trim();
  }

  /**
   * Each run of whitespace ({@code \\s}: space, tab, line feed, vertical tab, form feed, carriage
   * return) as one space, like {@code replaceAll("\\s+", " ")} but returning the text itself, without
   * copying, in the common case where there is nothing to collapse.
   */
  static String collapseSpaces(String text) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < length && isSpace(text.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length).append(text, 0, i);
    while (i < length) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i < length && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    // Nearly every character is above ' ': one comparison settles it.
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
  }

  static String decodeEntities(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(String body, String whole) {
    try {
      if (body.startsWith("#x") || body.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
      }
      if (body.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(body.substring(1))));
      }
    } catch (IllegalArgumentException invalidCodePoint) {
      return whole;
    }
    return NAMED.getOrDefault(body, whole);
  }
}
