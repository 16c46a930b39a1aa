package cn.sandiao.organization;

import java.util.Optional;

/**
 * Where a county's directory says a user works (the {@code ldap} profile, docs/ldap.md): the region code of its
 * office, read from an attribute of the user's entry. Without a directory there is no such bean and the
 * {@code user_scope} table alone places office staff.
 */
public interface DirectoryOffices {

    /** The region code the directory gives {@code userId}, if it gives one. */
    Optional<String> regionOf(String userId);
}
