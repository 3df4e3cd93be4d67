package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `offer-eval serve` as a command: its refusals, --token-file and --watch on a running server. */
class ServeCommandTest {
  @TempDir Path tmp;

  /** A serve command running on a thread, its output readable while it runs; closing stops it. */
  static final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Thread thread;
    volatile int exit = -1;
    final String base;

    Running(String... args) throws Exception {
      var cl = OfferEvalCommand.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      thread = new Thread(() -> exit = cl.execute(args), "serve-under-test");
      thread.start();
      Matcher m = null;
      for (int i = 0; i < 1200 && thread.isAlive(); i++) { // up to 2 minutes on a busy machine
        m = Pattern.compile("serving (http://\\S+/) ").matcher(out.toString());
        if (m.find()) {
          break;
        }
        Thread.sleep(100);
      }
      assertTrue(m != null && m.find(0), "no serving line: " + out + err);
      base = m.group(1);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET();
      if (headers.length > 0) {
        b.headers(headers);
      }
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(30_000);
      assertEquals(0, exit, "serve stops cleanly: " + err);
    }
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    Cli cli = Cli.run("serve", "--host", "0.0.0.0", "--port", "0");
    assertEquals(2, cli.exit());
    assertEquals("offer-eval: --host 0.0.0.0 is not loopback; give --token-file so that every request needs a token\n",
        cli.err());
  }

  @Test
  void refusesAnEmptyOrMissingTokenFile() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty"), "\n");
    Cli cli = Cli.run("serve", "--port", "0", "--token-file", empty.toString());
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("must hold one token"), cli.err());
    Cli missing = Cli.run("serve", "--port", "0", "--token-file", tmp.resolve("nope").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("offer-eval: cannot read --token-file"), missing.err());
  }

  @Test
  void withATokenFileAMissingOrWrongTokenGets401() throws Exception {
    Path token = Files.writeString(tmp.resolve("token"), "t0ken-from-a-file\n");
    try (Running serve = new Running("serve", "--port", "0", "--token-file", token.toString())) {
      assertTrue(serve.out.toString().contains("every request needs the bearer token"), serve.out.toString());
      assertEquals(401, serve.get("/api/health").statusCode());
      assertEquals(401, serve.get("/api/health", "Authorization", "Bearer t0ken-from-a-fil").statusCode());
      assertEquals(401, serve.get("/api/health", "Authorization", "Basic dDB rZW4=").statusCode());
      assertEquals(200, serve.get("/api/health", "Authorization", "Bearer t0ken-from-a-file").statusCode());
    }
  }

  @Test
  void dbNamesTheNegotiationsDatabaseOpenedOnceAndClosedOnStop() throws Exception {
    Path db = tmp.resolve("kept/n.db");
    try (Running serve = new Running("serve", "--port", "0", "--db", db.toString())) {
      assertTrue(serve.out.toString().contains("; negotiations: " + db + ")"), serve.out.toString());
      HttpRequest start = HttpRequest.newBuilder(URI.create(serve.base + "api/negotiations"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"company\": \"Twilio\","
              + " \"role\": \"Data Engineer\", \"level\": \"L2\", \"region\": \"san-francisco\", \"base\": 170000}"))
          .build();
      assertEquals(201, HttpClient.newHttpClient().send(start, HttpResponse.BodyHandlers.ofString()).statusCode());
    }
    // stopped: the file is whole and closed, and the command line reads what the page recorded
    Cli list = Cli.run("negotiation", "list", "--db", db.toString());
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().contains("Twilio"), list.out());
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsOneLineAndExit2() throws Exception {
    Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
    Cli cli = Cli.run("serve", "--port", "0", "--db", notAFolder.resolve("n.db").toString());
    assertEquals(2, cli.exit());
    assertTrue(cli.err().startsWith("offer-eval: cannot open " + notAFolder.resolve("n.db")), cli.err());
    assertEquals(1, cli.err().lines().count(), cli.err());
  }

  @Test
  void watchReloadsRulesAndDataAndHealthSaysSo() throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Path data = Folders.copy("data", tmp);
    try (Running serve = new Running("serve", "--port", "0", "--rules", rules.toString(), "--data", data.toString(),
        "--watch")) {
      String before = serve.get("/api/health").body();
      assertTrue(before.contains("\"last_reload\" : null"), before);
      Thread.sleep(1000); // the watch registers its folders (bounded wait, not a timing assertion)
      Folders.edit(data.resolve("policy.yaml"), "value: 12", "value: 13");
      String after = before;
      for (int i = 0; i < 600 && !after.contains("\"ok\" : true"); i++) {
        Thread.sleep(100);
        after = serve.get("/api/health").body();
      }
      assertTrue(after.contains("\"ok\" : true"), after);
      String fingerprint = after.replaceAll("(?s).*\"fingerprint\" : \"(\\w+)\".*", "$1");
      assertTrue(!before.contains(fingerprint), "the fingerprint changed: " + before + after);
      Folders.edit(rules.resolve("data-levers.drl"), "Lever( $needs : needs != null,", "Lever( $needs : needs != ,");
      String broken = after;
      for (int i = 0; i < 600 && !broken.contains("\"ok\" : false"); i++) {
        Thread.sleep(100);
        broken = serve.get("/api/health").body();
      }
      assertTrue(broken.contains("\"ok\" : false") && broken.contains("data-levers.drl"), broken);
      assertTrue(broken.contains("\"fingerprint\" : \"" + fingerprint + "\""), "the last good set stays: " + broken);
    }
  }
}
