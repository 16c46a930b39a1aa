package cn.sandiao.workflow;

import cn.sandiao.common.InvalidInputException;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal clocks as a product feature: every rule with its basis and key sentence, and "when is the last
 * day?" answered with each step of the counting, by the same calendar that sets the task due dates.
 */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {

    record Rule(String code, String name, int limit, DeadlineUnit unit, String unitLabel, String basis, String quote,
                boolean local, boolean pausable, boolean extendable, Integer maxExtension, String extensionApprovedBy) {

        static Rule of(DeadlineRule rule) {
            return new Rule(rule.name(), rule.title(), rule.limit(), rule.unit(), rule.unit().label(), rule.basis(),
                    rule.quote(), rule.isLocal(), rule.pausable(), rule.extension().allowed(),
                    rule.extension().maxDays(), rule.extension().approvedBy());
        }
    }

    record Due(String rule, String name, LocalDate start, LocalDate due, String basis, String quote,
               List<Pause> pauses, List<String> steps, boolean calendarComplete) {
    }

    private final BusinessCalendar calendar;

    DeadlineController(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The calculator page's 登录 link: a browser not logged in is asked for its user name and password here (the API
     * answers 401 with a Basic challenge), and, logged in, goes back to the page, whose requests then carry them.
     */
    @GetMapping("/login")
    ResponseEntity<Void> login() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/deadlines.html")).build();
    }

    /** Whether the request carries a login (open to all: the page offers the login rather than meet a 401). */
    @GetMapping("/session")
    Session session(Principal principal) {
        return new Session(principal != null); // an anonymous request has no principal
    }

    record Session(boolean loggedIn) {
    }

    @GetMapping("/rules")
    List<Rule> rules() {
        return Arrays.stream(DeadlineRule.values()).map(Rule::of).toList();
    }

    @GetMapping("/due")
    Due due(@RequestParam(required = false) String rule, @RequestParam(required = false) String start,
            @RequestParam(name = "pause", required = false) List<String> pauseParams) {
        DeadlineRule deadlineRule = ruleOf(rule);
        LocalDate startDay = date("start", start, "起算日");
        List<Pause> pauses = new ArrayList<>();
        if (pauseParams != null) {
            if (!pauseParams.isEmpty() && !deadlineRule.pausable()) {
                throw new InvalidInputException("pause", deadlineRule.title() + "期限不能暂停计时");
            }
            LocalDate unpausedDue = calendar.due(deadlineRule, startDay);
            for (String param : pauseParams) {
                pauses.add(pause(param, startDay, unpausedDue));
            }
        }
        BusinessCalendar.Counting counting = calendar.count(deadlineRule, startDay, pauses, 0);
        return new Due(deadlineRule.name(), deadlineRule.title(), startDay, counting.due(), deadlineRule.basis(),
                deadlineRule.quote(), pauses, counting.steps(), counting.calendarComplete());
    }

    private static DeadlineRule ruleOf(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("rule", "请指定期限规则（rule），可用的规则见 /api/deadlines/rules");
        }
        try {
            return DeadlineRule.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rule", "未知的期限规则：" + code + "，可用的规则见 /api/deadlines/rules");
        }
    }

    private static LocalDate date(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "请填写" + what + "（格式：2026-10-08）");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, what + "不是有效日期：" + value + "（格式：2026-10-08）");
        }
    }

    /** "2026-10-09/2026-10-20": both days paused; inside the period the clock would have run without it. */
    private static Pause pause(String param, LocalDate start, LocalDate unpausedDue) {
        String[] days = param.split("/");
        if (days.length != 2) {
            throw new InvalidInputException("pause", "暂停期间的格式为 开始日期/结束日期，如 2026-10-09/2026-10-20：" + param);
        }
        LocalDate from = date("pause", days[0], "暂停开始日期");
        LocalDate to = date("pause", days[1], "暂停结束日期");
        if (to.isBefore(from)) {
            throw new InvalidInputException("pause", "暂停结束日期不能早于开始日期：" + param);
        }
        if (!from.isAfter(start) || from.isAfter(unpausedDue)) {
            throw new InvalidInputException("pause", "暂停须在起算日之后、期限届满（" + unpausedDue + "）之前开始：" + param);
        }
        return new Pause(from, to);
    }
}
