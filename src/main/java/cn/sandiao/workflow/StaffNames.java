package cn.sandiao.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The names people read instead of account and group ids: a user's name in Chinese order, family name first in one
 * piece (赵桂兰), and a group's name (东村人民调解委员会调解员).
 */
@Component
public class StaffNames {

    private final IdentityService identityService;

    StaffNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The names of those of {@code userIds} that have one. */
    public Map<String, String> users(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            for (User user : identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
                String name = Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "");
                if (!name.isBlank()) {
                    names.put(user.getId(), name);
                }
            }
        }
        return names;
    }

    /** The user's name; its id when it has none (a system actor, a user since removed); null for null. */
    public String user(String userId) {
        return userId == null ? null : users(List.of(userId)).getOrDefault(userId, userId);
    }

    /** The names of those of {@code groupIds} that have one. */
    public Map<String, String> groups(Collection<String> groupIds) {
        Map<String, String> names = new HashMap<>();
        if (!groupIds.isEmpty()) {
            for (Group group : identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
                if (group.getName() != null && !group.getName().isBlank()) {
                    names.putIfAbsent(group.getId(), group.getName());
                }
            }
        }
        return names;
    }

    /** The group's name; its id when it has none. */
    public String group(String groupId) {
        return groups(List.of(groupId)).getOrDefault(groupId, groupId);
    }
}
