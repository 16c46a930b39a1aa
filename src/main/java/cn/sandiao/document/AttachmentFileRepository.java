package cn.sandiao.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentFileRepository extends JpaRepository<AttachmentFile, Long> {
}
