package dev.offereval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three ways a schedule is written: canonical, read-back and spoken (scripts say the last). */
class VestScheduleTest {

  @ParameterizedTest(name = "{0} over {1} years is said \"{4}\"")
  @CsvSource(delimiter = '|', textBlock = """
      even              | 3 | even over 3 years                          | even               | evenly over three years
      even              | 1 | even over 1 year                           | even               | evenly over one year
      5/15/40/40        |   | 5/15/40/40 over 4 years                    | 5/15/40/40         | 5/15/40/40 over four years
      even cliff 12m    | 4 | even over 4 years, 12-month cliff          | even cliff 12m     | evenly over four years with a 12-month cliff
      even cliff 18m    | 4 | even over 4 years, 18-month cliff          | even cliff 18m     | evenly over four years with an 18-month cliff
      even cliff 8m     | 4 | even over 4 years, 8-month cliff           | even cliff 8m      | evenly over four years with an 8-month cliff
      even              | 10| even over 10 years                         | even               | evenly over ten years
      """)
  void writtenThreeWays(String text, Integer years, String describe, String readBack, String spoken) {
    VestSchedule schedule = VestSchedule.parse(text, years, 4);
    assertEquals(describe, schedule.describe());
    assertEquals(readBack, schedule.text());
    assertEquals(spoken, schedule.spoken());
    assertEquals(schedule, VestSchedule.parse(schedule.text(), years, 4), "text() reads back as the same schedule");
  }
}
