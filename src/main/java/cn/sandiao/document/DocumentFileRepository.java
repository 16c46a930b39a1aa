package cn.sandiao.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {
}
