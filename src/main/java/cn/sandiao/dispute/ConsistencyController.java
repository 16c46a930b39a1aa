package cn.sandiao.dispute;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For operators (Camunda admin group, see SecurityConfig): domain rows against engine instances and tasks. */
@RestController
class ConsistencyController {

    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping("/api/admin/consistency")
    ConsistencyCheck.Report consistency() {
        return check.run();
    }
}
