package dev.offereval.cli;

import dev.offereval.store.NegotiationException;
import dev.offereval.store.NegotiationSummary;
import dev.offereval.store.Negotiations;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation list}: one line per negotiation. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    header = "List the negotiations: id, company, role, rounds, last decision, state, last change.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed (none is no error)",
      "2:a bad flag, or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db = new DbOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Negotiations negotiations = db.open()) {
      write(negotiations.list(), out);
      return ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, spec.commandLine().getErr());
    }
  }

  /** The summaries as a table with aligned columns, or a line saying there are none. */
  static void write(List<NegotiationSummary> all, PrintWriter out) {
    if (all.isEmpty()) {
      out.println("no negotiations yet: offer-eval negotiation start ... records one");
      out.flush();
      return;
    }
    List<String[]> rows = new ArrayList<>(all.size() + 1);
    rows.add(new String[] {"id", "company", "role", "rounds", "last_decision", "state", "last_change"});
    for (NegotiationSummary s : all) {
      rows.add(new String[] {Long.toString(s.id()), s.company(), s.role(), Integer.toString(s.rounds()),
          s.lastDecision(), s.open() ? "open" : "closed", TimelineText.time(s.updatedAt())});
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder(rows.size() * 96);
    for (String[] row : rows) {
      int start = sb.length();
      for (int i = 0; i < row.length; i++) {
        boolean numeric = i == 0 || i == 3;
        String pad = " ".repeat(width[i] - row[i].length());
        sb.append(numeric ? pad + row[i] : row[i] + pad).append(i < row.length - 1 ? "  " : "");
      }
      int end = sb.length();
      while (end > start && sb.charAt(end - 1) == ' ') {
        end--;
      }
      sb.setLength(end);
      sb.append(System.lineSeparator());
    }
    out.print(sb);
    out.flush();
  }
}
