package dev.offereval.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.offereval.Folders;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** The compiled-rules cache on its own: keys, what it refuses to read, and how much it keeps. */
class CompiledRulesCacheTest {
  private static final Path RULES = Path.of("rules");
  private static KieBase shipped;
  private static String key;

  @BeforeAll
  static void compileTheShippedRules() throws IOException {
    shipped = RuleCompiler.compile(RULES);
    key = CompiledRulesCache.key(RuleCompiler.ruleFiles(RULES));
  }

  @Test
  void storedRulesReadBackWithEveryRule(@TempDir Path dir) {
    CompiledRulesCache cache = new CompiledRulesCache(dir.resolve("cache"));
    assertNull(cache.load(key)); // nothing stored yet
    cache.store(key, shipped);
    KieBase back = cache.load(key);
    assertNotNull(back);
    assertEquals(RuleCompiler.ruleNames(shipped), RuleCompiler.ruleNames(back));
  }

  @Test
  void theKeyFollowsEveryByteAndEveryNameOfTheRuleFiles(@TempDir Path tmp) throws IOException {
    Path rules = Folders.copy("rules", tmp);
    assertEquals(key, CompiledRulesCache.key(RuleCompiler.ruleFiles(rules)));
    Folders.edit(rules.resolve("script.drl"), "package dev.offereval.rules;", "package dev.offereval.rules; ");
    String edited = CompiledRulesCache.key(RuleCompiler.ruleFiles(rules));
    assertNotEquals(key, edited);
    Files.move(rules.resolve("script.drl"), rules.resolve("scripts.drl"));
    assertNotEquals(edited, CompiledRulesCache.key(RuleCompiler.ruleFiles(rules)));
  }

  @Test
  void aTruncatedEntryIsAMiss(@TempDir Path dir) throws IOException {
    CompiledRulesCache cache = new CompiledRulesCache(dir);
    cache.store(key, shipped);
    Path entry = dir.resolve(key + CompiledRulesCache.SUFFIX);
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertNull(cache.load(key));
  }

  @Test
  void nearMissAnEntryStoredUnderAnotherKeyIsNotRead(@TempDir Path dir) throws IOException {
    CompiledRulesCache cache = new CompiledRulesCache(dir);
    cache.store(key, shipped);
    String other = "0".repeat(64);
    Files.copy(dir.resolve(key + CompiledRulesCache.SUFFIX), dir.resolve(other + CompiledRulesCache.SUFFIX));
    assertNull(cache.load(other)); // its header names the key it was written for
    assertNotNull(cache.load(key));
  }

  @Test
  void anEntryHoldingAClassOutsideTheFilterIsNotDeserialized(@TempDir Path dir) throws IOException {
    // a well-formed entry, but what it holds is a Jackson node, not Drools packages
    try (OutputStream out = Files.newOutputStream(dir.resolve(key + CompiledRulesCache.SUFFIX))) {
      DataOutputStream header = new DataOutputStream(out);
      header.writeUTF(CompiledRulesCache.MAGIC);
      header.writeUTF(key);
      header.flush();
      ObjectOutputStream objects = new ObjectOutputStream(out);
      objects.writeObject(new ArrayList<>(List.of(TextNode.valueOf("not rules"))));
      objects.flush();
    }
    assertNull(new CompiledRulesCache(dir).load(key));
    // refused by the filter before any of its code runs, not merely by the cast after
    assertTrue(!CompiledRulesCache.accepts(TextNode.class) && !CompiledRulesCache.accepts(TextNode[].class));
    assertTrue(CompiledRulesCache.accepts(org.drools.base.definitions.impl.KnowledgePackageImpl.class)
        && CompiledRulesCache.accepts(java.util.ArrayList.class));
  }

  @Test
  void theFolderKeepsTheEightMostRecentlyUsedEntries(@TempDir Path dir) throws IOException {
    CompiledRulesCache cache = new CompiledRulesCache(dir);
    for (int i = 0; i < CompiledRulesCache.KEEP + 2; i++) {
      String k = String.format("%064d", i);
      cache.store(k, shipped);
      Files.setLastModifiedTime(dir.resolve(k + CompiledRulesCache.SUFFIX),
          java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(CompiledRulesCache.KEEP, left.size(), left.toString());
      assertTrue(left.get(0).startsWith(String.format("%064d", 2)), left.toString()); // the two oldest went
    }
  }
}
