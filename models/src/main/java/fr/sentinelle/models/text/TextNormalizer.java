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
  private static final Pattern SPACES = Pattern.compile("\\s+");
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
    return SPACES.matcher(decoded).replaceAll(" ").trim();
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
