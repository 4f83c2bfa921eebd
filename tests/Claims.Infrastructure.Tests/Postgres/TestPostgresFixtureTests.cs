using Claims.Testing;
using Npgsql;

namespace Claims.Infrastructure.Tests.Postgres;

public sealed class TestPostgresFixtureTests
{
    [Fact]
    public async Task two_databases_from_the_fixture_are_distinct_and_start_empty()
    {
        var first = await TestPostgres.CreateDatabaseAsync("fixture");
        var second = await TestPostgres.CreateDatabaseAsync("fixture");

        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
        await Execute(first, "CREATE TABLE only_in_first (id int)");
        Assert.Equal(0L, await Scalar(second, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        Assert.Equal(1L, await Scalar(first, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Fact]
    public async Task the_server_connection_reaches_the_maintenance_database()
    {
        var server = await TestPostgres.ServerConnectionStringAsync();

        Assert.Equal("postgres", await Scalar(server, "SELECT current_database()"));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
