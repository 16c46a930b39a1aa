package cn.sandiao.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, String> {

    List<StaffAccount> findAllByOrderByOpenedAtDesc();
}
