using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Claims.Testing;
using Npgsql;

namespace Claims.Infrastructure.Tests.Schema;

public sealed class MigrationTests
{
    // The migrator's own behaviour, on the core module that needs no Marten tables (the event store's build on them).
    private static readonly Migration[] Core = [.. MessagingMigrations.All];

    [Fact]
    public async Task migrating_a_current_database_again_changes_nothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync("migrate"));
        var first = await new SchemaMigrator(dataSource, Core).MigrateAsync();
        var second = await new SchemaMigrator(dataSource, Core).MigrateAsync();

        Assert.Equal(Core.Length, first.Count);
        Assert.Empty(second);
        Assert.Equal(Core.Length, await CountAsync(dataSource, "select count(*) from schema_migrations"));
    }

    [Fact]
    public async Task two_processes_starting_at_once_apply_each_migration_once()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync("migrate_race"));
        var feature = new Migration("feature", 1, "a read model", "create table feature_rows (id int primary key)");
        var starters = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => new SchemaMigrator(dataSource, [.. Core, feature]).MigrateAsync()))
            .ToList();

        var applied = await Task.WhenAll(starters);

        // Every migration was applied by exactly one of the racing starters, and none failed.
        Assert.Equal(Core.Length + 1, applied.Sum(a => a.Count));
        Assert.Equal(
            applied.SelectMany(a => a).Select(m => m.ToString()).Order(),
            applied.SelectMany(a => a).Select(m => m.ToString()).Distinct().Order());
        Assert.Equal(0, await CountAsync(dataSource, "select count(*) from feature_rows"));
    }

    [Fact]
    public async Task a_feature_migration_from_another_assembly_runs_after_the_core_tables()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync("migrate_order"));
        // Listed first, but it needs the scheduled_work table: the core must already be there.
        var feature = new Migration("claims", 1, "count follow-ups", "create view message_count as select count(*) as n from scheduled_work");

        var applied = await new SchemaMigrator(dataSource, [feature, .. Core]).MigrateAsync();

        Assert.Equal(feature, applied[^1]);
        Assert.Equal(0, await CountAsync(dataSource, "select n from message_count"));
    }

    [Fact]
    public async Task an_applied_migration_that_was_edited_stops_the_start_with_a_reason()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync("migrate_edit"));
        var original = new Migration("feature", 1, "rows", "create table feature_rows (id int primary key)");
        await new SchemaMigrator(dataSource, [.. Core, original]).MigrateAsync();

        var edited = original with { Sql = "create table feature_rows (id bigint primary key)" };
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new SchemaMigrator(dataSource, [.. Core, edited]).MigrateAsync());

        Assert.Contains("feature #1 (rows) was changed after it was applied", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void two_migrations_with_the_same_number_are_refused()
    {
        var a = new Migration("feature", 1, "a", "select 1");
        var b = new Migration("feature", 1, "b", "select 2");

        Assert.Throws<InvalidOperationException>(() => MigrationOrder.Sort([a, b]));
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
