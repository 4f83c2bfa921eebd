using Claims.Infrastructure.Schema;

namespace Claims.Evidence;

/// <summary>
/// Module "evidence": the files themselves, one row per distinct content (SHA-256). Which claim has which file is in
/// the claims' EvidenceAttached events, so a file shared by two claims is stored once.
/// </summary>
internal static class EvidenceMigrations
{
    public static readonly Migration[] All =
    [
        new("evidence", 1, "evidence files stored once per SHA-256", """
            create table evidence_files (
                sha256 text primary key,
                content_type text not null,
                size_bytes bigint not null,
                file_name text not null,
                stored_at timestamptz not null,
                content bytea not null
            );
            -- Photos and PDFs are compressed already: store them as they are rather than try again.
            alter table evidence_files alter column content set storage external;
            """),
    ];
}
