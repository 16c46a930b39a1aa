-- A bound case file (卷宗) names the required items it lacks (、-separated), so that a supervisor can list the
-- closed cases whose file is incomplete without opening the PDFs. Null for other papers and complete files.
alter table issued_document add column missing_items varchar(1000);
