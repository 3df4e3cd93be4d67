package dev.offereval.engine.internal;

import dev.offereval.engine.RuleProblem;
import dev.offereval.model.Offer;
import dev.offereval.model.internal.AboutOffer;
import dev.offereval.model.internal.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks the convention that lets one session evaluate many offers: every rule is about one offer,
 * and every pattern that matches a fact about an offer is tied to that offer.
 *
 * <p>A rule's offer is the {@link Subject} it binds, either with {@code $s : Subject( ... )} or
 * with {@code Fact( $s : subject, ... )} on a fact about an offer ({@link AboutOffer}); every other
 * pattern of such a fact, inside {@code not}, {@code exists}, {@code forall} and {@code accumulate}
 * too, must say {@code subject == $s}. A pattern that does not would join one offer's facts with
 * another's in the same session; a rule that binds no subject at all would fire on the reference
 * facts alone, once a session rather than once an offer. Either is reported as an error at the
 * pattern's (or the rule's) line and column. Reference facts (bands, levers, policy...) and facts
 * reached with {@code from} need no tie.
 */
public final class OfferJoins {
  private static final Pattern TIE = Pattern.compile("^subject==(\\$\\w+)$|^(\\$\\w+)==subject$|^this==(\\$\\w+)$");
  private static final Pattern BIND = Pattern.compile("^(\\$\\w+):subject$");

  private OfferJoins() {}

  /** What a pattern's type is to the check. */
  private enum Kind { SUBJECT, ABOUT_OFFER, OFFER, OTHER }

  /** The check's state while it walks one rule: its subject variable, once bound. */
  private static final class Rule {
    final String file;
    final String text;
    final RuleDescr descr;
    final List<RuleProblem> problems;
    String subject;
    boolean anonymousSubject;

    Rule(String file, String text, RuleDescr descr, List<RuleProblem> problems) {
      this.file = file;
      this.text = text;
      this.descr = descr;
      this.problems = problems;
    }

    void error(BaseDescr at, String message) {
      int[] lc = position(text, at);
      problems.add(new RuleProblem(file, lc[0], lc[1], "error", "rule \"" + descr.getName() + "\": " + message));
    }
  }

  /**
   * Checks every rule of {@code files}; a file that does not parse is left to the compiler, which
   * reports it.
   *
   * @param files the rule files
   * @return the problems, each with file, line and column
   * @throws IOException when a file cannot be read
   */
  public static List<RuleProblem> check(List<Path> files) throws IOException {
    List<RuleProblem> problems = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f);
      PackageDescr pkg;
      try {
        DrlParser parser = new DrlParser();
        pkg = parser.parse(false, text);
        if (parser.hasErrors() || pkg == null) {
          continue;
        }
      } catch (DroolsParserException | RuntimeException e) {
        continue;
      }
      for (RuleDescr r : pkg.getRules()) {
        Rule rule = new Rule(f.getFileName().toString(), text, r, problems);
        walk(rule, pkg, r.getLhs(), true);
        if (rule.subject == null && !rule.anonymousSubject) {
          rule.error(r, "matches no offer: bind one with $s : Subject( ... ) (or $s : subject on a fact about"
              + " an offer), or the rule fires once a session on the reference facts alone, not once an offer");
        }
      }
    }
    return problems;
  }

  private static void walk(Rule rule, PackageDescr pkg, BaseDescr d, boolean positive) {
    if (d instanceof PatternDescr p) {
      pattern(rule, pkg, p, positive);
    } else if (d instanceof OrDescr or) {
      String before = rule.subject;
      String after = null;
      for (BaseDescr branch : or.getDescrs()) {
        rule.subject = before;
        walk(rule, pkg, branch, positive);
        after = after == null ? rule.subject : after;
      }
      rule.subject = after;
    } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
      for (BaseDescr child : ((ConditionalElementDescr) d).getDescrs()) {
        walk(rule, pkg, child, false);
      }
    } else if (d instanceof AndDescr and) {
      for (BaseDescr child : and.getDescrs()) {
        walk(rule, pkg, child, positive);
      }
    } else if (d instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        walk(rule, pkg, child, positive);
      }
    }
  }

  private static void pattern(Rule rule, PackageDescr pkg, PatternDescr p, boolean positive) {
    if (p.getSource() instanceof AccumulateDescr acc) {
      // the accumulated facts must be the rule's offer's; the pattern itself is the result
      for (BaseDescr input : acc.getDescrs()) {
        walk(rule, pkg, input, false);
      }
      return;
    }
    if (p.getSource() instanceof CollectDescr collect) {
      walk(rule, pkg, collect.getInputPattern(), false);
      return;
    }
    if (p.getSource() != null && !(p.getSource() instanceof EntryPointDescr)) {
      return; // from an expression: reached through facts already tied, not matched in the session
    }
    Kind kind = kind(pkg, p.getObjectType());
    if (kind == Kind.OTHER) {
      return;
    }
    if (kind == Kind.OFFER) {
      rule.error(p, "matches Offer, which is not a fact: the offer under evaluation is a Subject; write"
          + " $s : Subject( $o : offer ) and read the offer's fields through $o");
      return;
    }
    String tie = null;
    String bind = kind == Kind.SUBJECT ? p.getIdentifier() : null;
    for (BaseDescr c : p.getConstraint().getDescrs()) {
      String expr = c instanceof ExprConstraintDescr e ? e.getExpression()
          : c instanceof BindingDescr b ? b.getVariable() + ":" + b.getExpression() : null;
      if (expr == null) {
        continue;
      }
      String compact = expr.replaceAll("\\s+", "");
      Matcher t = TIE.matcher(compact);
      if (t.matches()) {
        tie = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
      }
      Matcher b = BIND.matcher(compact);
      if (b.matches() && kind == Kind.ABOUT_OFFER) {
        bind = b.group(1);
      }
    }
    if (tie != null) {
      if (rule.subject == null || !rule.subject.equals(tie)) {
        rule.error(p, simple(p) + " is tied to " + tie + ", which is not the offer the rule binds"
            + (rule.subject == null ? " (bind the subject first)" : " (" + rule.subject + ")"));
      }
      return;
    }
    if (rule.subject == null && !rule.anonymousSubject && positive) {
      if (bind != null) {
        rule.subject = bind;
      } else if (kind == Kind.SUBJECT) {
        rule.anonymousSubject = true;
      } else {
        rule.error(p, simple(p) + " is a fact about an offer: bind its offer ($s : subject) or tie it to one"
            + " (subject == $s)");
      }
      return;
    }
    if (kind == Kind.SUBJECT) {
      rule.error(p, "matches a second Subject: a rule is about one offer, and another offer's facts are not its"
          + " business (tie it with this == " + (rule.subject == null ? "$s" : rule.subject) + " or leave it out)");
      return;
    }
    rule.error(p, simple(p) + " is not tied to the rule's offer: add subject == "
        + (rule.subject == null ? "$s" : rule.subject) + ", or it matches the facts of every other offer in the"
        + " session too");
  }

  private static String simple(PatternDescr p) {
    return p.getObjectType() + "( ... )";
  }

  private static Kind kind(PackageDescr pkg, String type) {
    Optional<Class<?>> c = resolve(pkg, type);
    if (c.isEmpty()) {
      return Kind.OTHER;
    }
    if (c.get() == Subject.class) {
      return Kind.SUBJECT;
    }
    if (c.get() == Offer.class) {
      return Kind.OFFER;
    }
    return AboutOffer.class.isAssignableFrom(c.get()) ? Kind.ABOUT_OFFER : Kind.OTHER;
  }

  private static Optional<Class<?>> resolve(PackageDescr pkg, String type) {
    if (type == null) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    if (type.contains(".")) {
      candidates.add(type);
    }
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (target.endsWith(".*")) {
        candidates.add(target.substring(0, target.length() - 1) + type);
      } else if (target.endsWith("." + type)) {
        candidates.add(target);
      }
    }
    candidates.add(pkg.getName() + "." + type);
    for (String name : candidates) {
      try {
        return Optional.of(Class.forName(name, false, OfferJoins.class.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        // not this one
      }
    }
    return Optional.empty();
  }

  /** 1-based line and column of a descriptor, from its offset in the file when it has one. */
  private static int[] position(String text, BaseDescr d) {
    int offset = d.getStartCharacter();
    if (offset >= 0 && offset < text.length()) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new int[] {line, offset - lineStart + 1};
    }
    return new int[] {Math.max(d.getLine(), 0), Math.max(d.getColumn(), 0) + 1};
  }
}
