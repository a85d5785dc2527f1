-- Posts are read by account and creation time (a set by post, a post_* series, a post an explanation
-- names), never across every account of a dossier at once but for a `*` set, which asks account by
-- account. Without this index each of those reads scanned all of a dossier's posts (docs/benchmarks.md).
CREATE INDEX post_by_account ON post (dossier_id, subject, platform, created_at);
