package cn.sandiao.screening;

import cn.sandiao.common.InvalidInputException;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Screening rounds (矛盾纠纷排查): record one with its findings, list a month's, read one. */
@RestController
@RequestMapping("/api/screening-rounds")
class ScreeningRoundController {

    private final ScreeningRounds rounds;

    ScreeningRoundController(ScreeningRounds rounds) {
        this.rounds = rounds;
    }

    @PostMapping
    ResponseEntity<ScreeningRounds.RoundView> record(@RequestBody ScreeningRounds.Request request) {
        ScreeningRounds.RoundView recorded = rounds.record(request);
        return ResponseEntity.created(URI.create("/api/screening-rounds/" + recorded.id())).body(recorded);
    }

    @GetMapping
    List<ScreeningRounds.RoundView> month(@RequestParam(required = false) String month,
                                          @RequestParam(required = false) String region,
                                          @RequestParam(required = false) String committee) {
        if (month == null || !month.strip().matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidInputException("month", "请指定月份（格式：YYYY-MM，例如 2026-10）");
        }
        return rounds.of(YearMonth.parse(month.strip()), blankToNull(region), blankToNull(committee));
    }

    @GetMapping("/{id}")
    ScreeningRounds.RoundView one(@PathVariable Long id) {
        return rounds.get(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
