using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>Builds batch commands with positional parameters ($1, $2, ...) from plain values.</summary>
public static class SqlCommands
{
    public static NpgsqlBatchCommand Create(string sql, params object?[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var p in parameters)
            command.Parameters.Add(p as NpgsqlParameter ?? new NpgsqlParameter { Value = ToDb(p) });
        return command;
    }

    // timestamptz only accepts UTC offsets; callers hold local offsets from TimeProvider or user input.
    private static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset d => d.ToUniversalTime(),
        _ => value,
    };
}
