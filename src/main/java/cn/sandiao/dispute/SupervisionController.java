package cn.sandiao.dispute;

import cn.sandiao.organization.Roles;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor's case view (/cases.html): the running cases of the user's offices (groups {@code supervisor} and
 * {@code camunda-admin}, SecurityConfig), and for the page whether its visitor is logged in and may see them.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

    private final SupervisedCases supervised;
    private final IdentityService identityService;

    SupervisionController(SupervisedCases supervised, IdentityService identityService) {
        this.supervised = supervised;
        this.identityService = identityService;
    }

    @GetMapping("/cases")
    SupervisedCases.Answer cases(@RequestParam(required = false) String status,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String region,
                                 @RequestParam(required = false) String overdue,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String direction,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size) {
        return supervised.list(SupervisedCaseQuery.parse(status, type, region, overdue, sort, direction, page, size));
    }

    /**
     * Whether the request carries a login (HTTP Basic or a Cockpit/Tasklist session) and whether that user may read
     * the case view, and may change what Cockpit offers to change (the Camunda administrators). Open to all: the page
     * offers the login instead of meeting a 401. In this folder so that a browser sends the Basic login given to
     * {@link #login()} here too.
     */
    @GetMapping("/session")
    Session session() {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return new Session(false, null, false, false);
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean administrator = groups.contains(Roles.CAMUNDA_ADMIN);
        return new Session(true, user.getUserId(), administrator || groups.contains(Roles.SUPERVISOR), administrator);
    }

    record Session(boolean loggedIn, String userId, boolean supervisor, boolean administrator) {
    }

    /**
     * The page's 登录 link: a browser not logged in is asked for its user name and password here (401 with a Basic
     * challenge), and, logged in, goes back to the page.
     */
    @GetMapping("/login")
    ResponseEntity<Void> login() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/cases.html")).build();
    }
}
