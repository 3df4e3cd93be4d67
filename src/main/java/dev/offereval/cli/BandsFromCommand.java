package dev.offereval.cli;

import dev.offereval.io.CsvFileException;
import dev.offereval.io.DataChanges;
import dev.offereval.io.records.BandsFromRecords;
import dev.offereval.io.records.RecordBandFiles;
import dev.offereval.model.Band;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code offer-eval bands-from}: bands computed from raw compensation records. */
@Command(
    name = "bands-from",
    mixinStandardHelpOptions = true,
    header = "Compute bands from compensation records: percentiles of each company, role, level and region.",
    description = {
      "Reads a CSV of compensation records (columns company, role, level, region, currency, base, stock_grant,"
          + " vest_years, bonus_pct, date; an optional source) a record at a time, matches the names through the"
          + " data's ids, display names and aliases (names.yaml), and for each company, role, level and region with"
          + " at least --min-records records writes a band: base and stock grant from the lower to the higher"
          + " percentile (PERCENTILE.INC, linear between ranks), each rounded to the nearest 1,000; bonus between"
          + " the same percentiles, to the nearest half point. Stock is compared per year of vesting and stated"
          + " over the vesting years most of the group's records give. The band is as of its newest record, and"
          + " its sources say how it was computed: \"computed from N records in FILE, dated FROM to TO, p25–p75\".",
      "Each band goes to bands/<company>-<role>-<level>-<region>.records.yaml. A band the data already holds from"
          + " a guide (or by hand) stays, and the report gives the difference; --replace takes it out of its file"
          + " and writes the computed one. A group with too few records is named and gets no band; a group whose"
          + " records mix currencies is refused, with their lines.",
      "A malformed record (a figure that is not a number, a bad date, a blank or missing column) refuses the"
          + " whole file: every bad line is named as FILE:LINE: column: reason, and nothing is written. Nothing is"
          + " written either unless the data loads with the new bands.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  the bands are written (with --dry-run, would be); groups with too few",
      "     records are named",
      "  1  a malformed record (nothing written); a group whose records mix",
      "     currencies (the other bands are written); or data that would not load",
      "     with the bands (nothing written)",
      "  2  bad usage, a records file that cannot be read as CSV, or a data folder",
      "     that does not load"
    })
public final class BandsFromCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RECORDS.csv", description = "The compensation records.")
  Path records;

  @Option(names = "--data", paramLabel = "DIR", description = "The data folder to write bands into. Default: ./data.")
  Path data = Path.of("data");

  @Option(names = "--percentiles", paramLabel = "LOW,HIGH", defaultValue = "25,75",
      description = "The percentiles a band's minimum and maximum are at, whole numbers from 0 to 100."
          + " Default: ${DEFAULT-VALUE}.")
  String percentiles;

  @Option(names = "--min-records", paramLabel = "N", defaultValue = "5",
      description = "The fewest records a band is computed from. Default: ${DEFAULT-VALUE}.")
  int minRecords;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Leave out records dated after this day (default: use them all).")
  LocalDate asOf;

  @Option(names = "--dry-run", description = "Print the report and write nothing.")
  boolean dryRun;

  @Option(names = "--replace", description = "Replace a band the data holds from a guide or by hand with the"
      + " computed one (default: keep it and report the difference).")
  boolean replace;

  @Override
  public Integer call() {
    return Flushed.call(spec, this::run);
  }

  private int run(PrintWriter out, PrintWriter err) {
    BandsFromRecords.Settings settings;
    try {
      String[] p = percentiles.split(",", -1);
      if (p.length != 2 || !p[0].strip().matches("\\d{1,3}") || !p[1].strip().matches("\\d{1,3}")) {
        throw new IllegalArgumentException("--percentiles takes two whole percentiles, such as 25,75; got '"
            + percentiles + "'");
      }
      settings = new BandsFromRecords.Settings(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()),
          minRecords, asOf);
    } catch (IllegalArgumentException e) {
      err.println("offer-eval: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ReferenceData reference = DataToUpdate.load(data, err, "bands cannot be computed into it");
    if (reference == null) {
      return ExitCodes.USAGE;
    }
    String name = records.getFileName().toString();
    BandsFromRecords.Result result;
    try {
      result = new BandsFromRecords(reference.names(), settings).read(records, name, err::println);
    } catch (CsvFileException e) {
      err.println("offer-eval: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (result.badLines() > 0) {
      err.println(name + ": refused: " + result.badLines() + " malformed record" + (result.badLines() == 1 ? "" : "s")
          + " (each named above); nothing written");
      return ExitCodes.ROWS_FAILED;
    }
    List<Band> bands = result.groups().stream().map(BandsFromRecords.Group::band).filter(Objects::nonNull).toList();
    RecordBandFiles.Plan plan;
    List<DataIssue> problems;
    try {
      plan = RecordBandFiles.plan(data, reference.bands(), bands, replace);
      problems = plan.changed().isEmpty() ? List.of() : DataChanges.problems(data, plan.changed());
    } catch (IOException e) {
      err.println("offer-eval: cannot update " + data + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    BandsFromReport.print(out, result, settings, plan);
    if (!problems.isEmpty()) {
      problems.forEach(i -> err.println(name + ": the data would not load with these bands: " + i));
      err.println(name + ": nothing written");
      return ExitCodes.ROWS_FAILED;
    }
    int changed = plan.changed().size();
    if (dryRun) {
      out.println(changed == 0 ? "--dry-run: no change" : "--dry-run: " + files(changed) + " would change; nothing"
          + " written");
    } else {
      try {
        DataChanges.write(data, plan.changed());
      } catch (IOException e) {
        err.println("offer-eval: cannot write " + data + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      out.println(changed == 0 ? "no change in " + data : "wrote " + files(changed) + " in " + data);
    }
    boolean mixed = result.groups().stream().anyMatch(g -> g.outcome() == BandsFromRecords.Outcome.MIXED_CURRENCIES);
    return mixed ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }

  private static String files(int n) {
    return n + " file" + (n == 1 ? "" : "s");
  }
}
