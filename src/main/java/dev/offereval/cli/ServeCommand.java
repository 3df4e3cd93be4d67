package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.server.OfferServer;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.Negotiations;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval serve}: the web page and the HTTP API (see {@link OfferServer}). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve a web page and an HTTP API that evaluate offers.",
    description = {
      "Starts one HTTP server: the page at / (a form for one offer, evaluated as you type, and a batch",
      "upload), the negotiations page at /negotiations, and the JSON API under /api/ (described at",
      "/api/openapi.json). Negotiations are kept in the database of --db, as the negotiation commands keep",
      "them; it is opened once, at start, and closed when the server stops. The rules are compiled once",
      "and shared by every request. It listens on loopback unless --host says otherwise, and any other",
      "address needs --token-file: every request must then carry Authorization: Bearer <token>.",
      "Stop it with Ctrl-C.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  stopped",
      "  2  bad usage, the port is taken, rules or data that do not compile or load, or a --db that",
      "     cannot be opened (without --db, a default file that cannot be is a warning: offers are",
      "     served, negotiations not)"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (loopback only).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 takes a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the bearer token every request must carry; needed to listen beyond loopback.")
  Path tokenFile;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Allow the API to be called from pages of this origin (such as https://hr.example). Default: no CORS.")
  String corsOrigin;

  @Option(names = "--watch",
      description = "Reload the rules and data when a file under them is saved, keeping the last good set.")
  boolean watch;

  @Mixin RulesAndData rulesAndData = new RulesAndData();
  @Mixin DbOption db = new DbOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String token = null;
    if (tokenFile != null) {
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        return usage(err, "cannot read --token-file " + tokenFile + ": " + e.getMessage());
      }
      if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
        return usage(err, "--token-file " + tokenFile + " must hold one token of printable characters without spaces");
      }
    }
    try {
      if (token == null && !InetAddress.getByName(host).isLoopbackAddress()) {
        return usage(err, "--host " + host + " is not loopback; give --token-file so that every request needs a token");
      }
    } catch (UnknownHostException e) {
      return usage(err, "--host " + host + " is not a known address");
    }
    if (port < 0 || port > 65535) {
      return usage(err, "--port must be 0 to 65535, was " + port);
    }
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    if (watch && !RulesWatch.onDisk(evaluator)) {
      return usage(err, "--watch needs rules and data folders on disk; give --rules and --data");
    }
    Negotiations negotiations;
    try {
      negotiations = db.open();
    } catch (NegotiationException e) {
      if (db.given()) {
        return usage(err, e.getMessage());
      }
      // the default file is a convenience: without it offers are still served, negotiations not
      err.println("offer-eval: warning: serving without negotiations: " + e.getMessage()
          + " (give --db to keep them elsewhere)");
      negotiations = null;
    }
    String kept = negotiations == null ? "none" : negotiations.location();
    OfferServer server;
    boolean interrupted = false;
    try {
      // the server closes the database when it stops, or when it cannot start
      server = OfferServer.start(evaluator, new OfferServer.Settings(host, port, token, corsOrigin), negotiations);
    } catch (RuntimeException e) {
      return usage(err, "cannot listen on " + host + ":" + port + ": " + rootMessage(e));
    }
    try {
      out.println("offer-eval: serving http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
          + "/ (rules: " + evaluator.rulesSource() + "; data: " + evaluator.dataSource() + "; fingerprint "
          + evaluator.fingerprint() + "; negotiations: " + kept + ")" + (token != null ? "; every request needs the bearer token" : ""));
      out.flush();
      RulesAndData.printWarnings(evaluator, err);
      err.flush();
      Thread watcher = watch ? watcher(evaluator, server, err) : null;
      CountDownLatch stop = new CountDownLatch(1);
      Thread hook = new Thread(stop::countDown, "offer-eval-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stop.await();
      } catch (InterruptedException e) {
        // stopped by whoever runs the command in process; the server is closed below, then the
        // interrupt is passed on (Jetty's stop would fail on a thread still marked interrupted)
        interrupted = true;
      } finally {
        if (watcher != null) {
          watcher.interrupt();
        }
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // already stopping
        }
      }
    } finally {
      server.close();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private static Thread watcher(OfferEvaluator evaluator, OfferServer server, PrintWriter err) {
    Thread t = new Thread(() -> {
      try {
        RulesWatch.run(evaluator, -1, new RulesWatch.Listener() {
          @Override
          public void reloaded() {
            server.reloaded(null);
            err.println("offer-eval: reloaded rules and data: fingerprint " + evaluator.fingerprint());
            err.flush();
          }

          @Override
          public void failed(Exception e) {
            server.reloaded(e.getMessage());
            err.println("offer-eval: edit not applied; still serving fingerprint " + evaluator.fingerprint() + ":");
            err.println(e.getMessage());
            err.flush();
          }
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        err.println("offer-eval: watching stopped: " + e);
        err.flush();
      }
    }, "offer-eval-watch");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  private static int usage(PrintWriter err, String message) {
    err.println("offer-eval: " + message);
    err.flush();
    return ExitCodes.USAGE;
  }
}
