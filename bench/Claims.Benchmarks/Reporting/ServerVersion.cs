using Npgsql;

namespace Claims.Benchmarks.Reporting;

/// <summary>Reads the PostgreSQL server version for the machine line of the results table.</summary>
public static class ServerVersion
{
    public static async Task<string> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
