package cn.sandiao.prevention;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Harm prevented: record one, list a month's of a region. */
@RestController
@RequestMapping("/api/preventions")
class PreventionController {

    private final Preventions preventions;

    PreventionController(Preventions preventions) {
        this.preventions = preventions;
    }

    @PostMapping
    ResponseEntity<View> record(@RequestBody Preventions.Request request) {
        View view = View.of(preventions.record(request));
        return ResponseEntity.created(URI.create("/api/preventions/" + view.id())).body(view);
    }

    @GetMapping
    List<View> month(@RequestParam(required = false) String month, @RequestParam(required = false) String region) {
        if (month == null || !month.strip().matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidInputException("month", "请指定月份（格式：YYYY-MM，例如 2026-10）");
        }
        if (region == null || region.isBlank()) {
            throw new InvalidInputException("region", "请指定地区代码");
        }
        return preventions.of(YearMonth.parse(month.strip()), region.strip()).stream().map(View::of).toList();
    }

    record View(Long id, PreventionKind kind, String kindLabel, String regionCode, Long caseId, int people,
                String occurredOn, String note, String recordedBy, String recordedAt) {

        static View of(PreventionRecord r) {
            return new View(r.getId(), r.getKind(), r.getKind().label(), r.getRegionCode(), r.getCaseId(),
                    r.getPeople(), r.getOccurredOn().toString(), r.getNote(), r.getRecordedBy(),
                    ChinaTime.offsetTime(r.getRecordedAt()));
        }
    }
}
