package dev.offereval.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Tests one rule file alone, in the style of a constraint verifier: compiles ONE file of
 * {@code rules/} with the KIE API, inserts hand-made facts, fires, and returns the facts of a type
 * the rules inserted. The other rule files are not compiled, so a test names every fact the file
 * reads.
 *
 * <pre>
 * RuleFileHarness script = RuleFileHarness.of("script.drl");
 * List&lt;ScriptChosen&gt; chosen = script.fire(subject, decision, template).inserted(ScriptChosen.class);
 * </pre>
 */
final class RuleFileHarness {
  private final KieBase base;

  private RuleFileHarness(KieBase base) {
    this.base = base;
  }

  /** Compiles {@code rules/<file>} alone; fails the test on a compile error. */
  static RuleFileHarness of(String file) {
    Path path = Path.of("rules").resolve(file);
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    try {
      builder.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(path)).setSourcePath(file), ResourceType.DRL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (builder.hasErrors()) {
      throw new IllegalStateException(file + " does not compile alone: " + builder.getErrors());
    }
    return new RuleFileHarness(builder.newKieBase());
  }

  /** Inserts {@code facts} into a fresh session, fires until nothing more follows, and keeps what is then in it. */
  Fired fire(Object... facts) {
    KieSession session = base.newKieSession();
    try {
      Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Object f : facts) {
        session.insert(f);
        given.add(f);
      }
      session.fireAllRules(10_000);
      List<Object> inserted = new ArrayList<>();
      for (Object o : session.getObjects()) {
        if (!given.contains(o)) {
          inserted.add(o);
        }
      }
      return new Fired(inserted);
    } finally {
      session.dispose();
    }
  }

  /** The facts the rules inserted (and that were still there when firing stopped). */
  record Fired(List<Object> facts) {
    /** Those of exactly {@code type}. */
    <T> List<T> inserted(Class<T> type) {
      return facts.stream().filter(o -> o.getClass() == type).map(type::cast).toList();
    }
  }
}
