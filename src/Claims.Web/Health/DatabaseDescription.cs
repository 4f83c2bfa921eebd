using Claims.Infrastructure.Postgres;
using Npgsql;

namespace Claims.Web.Health;

/// <summary>Which database the app uses, said without secrets (no password, no full connection string).</summary>
public static class DatabaseDescription
{
    public static string Of(ClaimsDatabase database)
    {
        if (database.Embedded is { } embedded)
            return $"embedded PostgreSQL in {embedded.DataDirectory}";
        var b = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"PostgreSQL at {b.Host}:{b.Port}, database {b.Database}";
    }
}
