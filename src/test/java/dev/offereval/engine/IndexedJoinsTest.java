package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.constraint.BetaConstraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.common.BetaConstraints;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * A join that compares for equality is looked up in Drools' index, not tested against every fact
 * of its type: a condition such as {@code companyKey == $o.companyKey} (a property of a bound
 * variable) is not indexed, so every band in the data would be tested against every offer. The
 * shipped rules compare with bound variables ({@code companyKey == $ck}); this walks the compiled
 * network and names every join that compares for equality and has no index.
 */
class IndexedJoinsTest {
  private static final java.util.regex.Pattern EQUALITY = java.util.regex.Pattern.compile("[\\w.]+ == [^|&]+");

  /** The joins of {@code rules} that compare for equality without an index, with their rules. */
  static Set<String> unindexedEqualityJoins(Map<String, String> rules) {
    KieHelper helper = new KieHelper();
    rules.values().forEach(drl -> helper.addContent(drl, ResourceType.DRL));
    KieBase kieBase = helper.build();
    Set<String> out = new TreeSet<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (EntryPointNode ep : ((InternalKnowledgeBase) kieBase).getRete().getEntryPointNodes().values()) {
      for (ObjectTypeNode otn : ep.getObjectTypeNodes().values()) {
        walk(otn, seen, out);
      }
    }
    return out;
  }

  private static void walk(Object node, Set<Object> seen, Set<String> out) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof BetaNode beta) {
      BetaConstraints constraints = beta.getRawConstraints();
      List<String> equalities = new ArrayList<>();
      for (BetaConstraint c : constraints.getConstraints()) {
        // a property of the fact against a value: what an index could look up (Drools gives a
        // constraint it cannot index no equality type, so the text is read)
        if (c instanceof IndexableConstraint i && (i.getConstraintType() == ConstraintTypeOperator.EQUAL
            || EQUALITY.matcher(c.toString()).matches())) {
          equalities.add(c.toString());
        }
      }
      if (!equalities.isEmpty() && !constraints.isIndexed()) {
        List<String> names = new ArrayList<>();
        for (var r : beta.getAssociatedRules()) {
          names.add(r.getName());
        }
        out.add(equalities + " in " + names);
      }
    }
    Object[] sinks = node instanceof ObjectSource os ? os.getObjectSinkPropagator().getSinks()
        : node instanceof LeftTupleSource ls ? ls.getSinks() : new Object[0];
    for (Object sink : sinks) {
      walk(sink, seen, out);
    }
  }

  private static Map<String, String> shipped() throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (var files = Files.list(Path.of("rules"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void everyShippedJoinThatComparesForEqualityIsIndexed() throws IOException {
    assertEquals(Set.of(), unindexedEqualityJoins(shipped()));
  }

  /** Near miss: the band match as it was written before, on a property of the bound offer. */
  @Test
  void comparingWithAPropertyOfABoundVariableIsFound() throws IOException {
    Map<String, String> rules = shipped();
    String bandMatch = rules.get("band-match.drl");
    String before = bandMatch.replace(
        "$s : Subject( $ck : offer.companyKey, $rk : offer.roleKey, $lk : offer.levelKey, $gk : offer.regionKey )\n"
            + "    $b : Band( companyKey == $ck, roleKey == $rk, levelKey == $lk, regionKey == $gk )",
        "$s : Subject( $o : offer )\n"
            + "    $b : Band( companyKey == $o.companyKey, roleKey == $o.roleKey, levelKey == $o.levelKey,"
            + " regionKey == $o.regionKey )");
    assertFalse(before.equals(bandMatch), "the band match rule is not written as expected");
    rules.put("band-match.drl", before);
    Set<String> found = unindexedEqualityJoins(rules);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.iterator().next().contains("An offer takes the band for its company, role, level and region"),
        found.toString());
  }
}
