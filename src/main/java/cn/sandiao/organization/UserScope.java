package cn.sandiao.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office user's place in the organisation: the region whose subtree it works for. */
@Entity
@Table(name = "user_scope")
public class UserScope {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "region_code")
    private String regionCode;

    protected UserScope() {
    }

    public UserScope(String userId, String regionCode) {
        this.userId = userId;
        this.regionCode = regionCode;
    }

    public String getUserId() {
        return userId;
    }

    public String getRegionCode() {
        return regionCode;
    }
}
