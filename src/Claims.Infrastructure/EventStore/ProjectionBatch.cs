using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>Statements queued by inline projections, executed in the transaction of the events they reflect.</summary>
public sealed class ProjectionBatch
{
    private readonly List<NpgsqlBatchCommand> commands = [];

    /// <summary>Queue a statement with positional parameters: <c>Add("update t set n = n + 1 where id = $1", id)</c>.</summary>
    public void Add(string sql, params object?[] parameters) => commands.Add(SqlCommands.Create(sql, parameters));

    public int Count => commands.Count;

    internal IReadOnlyList<NpgsqlBatchCommand> Commands => commands;
}
