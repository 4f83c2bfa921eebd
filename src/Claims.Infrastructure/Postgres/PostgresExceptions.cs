namespace Claims.Infrastructure.Postgres;

/// <summary>No PostgreSQL binaries were found; the message says how to install them or use another server.</summary>
public sealed class PostgresNotInstalledException : Exception
{
    public PostgresNotInstalledException()
        : base(Explanation)
    {
    }

    public PostgresNotInstalledException(string message)
        : base(message)
    {
    }

    public PostgresNotInstalledException(string message, Exception inner)
        : base(message, inner)
    {
    }

    internal const string Explanation =
        "Claims keeps its data in PostgreSQL, and no PostgreSQL installation was found (looked in PG_BIN, on PATH and in the usual"
        + " install folders). Install it with `apt-get install postgresql` (Debian/Ubuntu), `brew install postgresql` (macOS) or the installer"
        + " from https://www.postgresql.org/download/ (Windows), then run again; if PostgreSQL is installed somewhere else, set PG_BIN"
        + " to the folder holding pg_ctl and initdb; or use an existing server by setting ConnectionStrings__Claims"
        + " (or --connection) to its connection string, e.g. \"Host=db;Database=claims;Username=claims;Password=...\".";
}

/// <summary>The embedded server could not be initialised, started or stopped; the message carries the end of its log.</summary>
public sealed class PostgresLaunchException : Exception
{
    public PostgresLaunchException()
    {
    }

    public PostgresLaunchException(string message)
        : base(message)
    {
    }

    public PostgresLaunchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
