using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Where a session's statements go: a pooled connection per call (each save an implicit one-batch transaction),
/// or a transaction someone else owns, such as the message worker's.
/// </summary>
internal sealed class SessionConnection
{
    private readonly NpgsqlDataSource? dataSource;
    private readonly NpgsqlTransaction? transaction;

    private SessionConnection(NpgsqlDataSource? dataSource, NpgsqlTransaction? transaction)
    {
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    public static SessionConnection Pooled(NpgsqlDataSource dataSource) => new(dataSource, null);

    public static SessionConnection Enlisted(NpgsqlTransaction transaction) => new(null, transaction);

    public NpgsqlCommand CreateCommand(string sql) =>
        transaction is not null ? new NpgsqlCommand(sql, transaction.Connection, transaction) : dataSource!.CreateCommand(sql);

    public NpgsqlBatch CreateBatch() =>
        transaction is not null ? new NpgsqlBatch(transaction.Connection, transaction) : dataSource!.CreateBatch();
}
