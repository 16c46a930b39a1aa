package cn.sandiao.dispute;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationKeyRepository extends JpaRepository<RegistrationKey, RegistrationKey.Id> {
}
