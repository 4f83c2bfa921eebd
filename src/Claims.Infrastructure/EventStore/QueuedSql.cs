using System.Text.RegularExpressions;
using Npgsql;
using Weasel.Core;
using Weasel.Storage;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// A statement written with positional parameters ($1, $2, ...) queued on a Marten session, so it runs in the session's
/// transaction and batch with the events. Marten's own <c>QueueSqlCommand</c> takes '?' placeholders and plain values;
/// our projections reuse a parameter several times and pass typed arrays (jsonb[], timestamptz[]), so each <c>$n</c>
/// becomes a parameter of Marten's command builder with the type it was given.
/// </summary>
internal sealed partial class QueuedSql(NpgsqlBatchCommand command) : Weasel.Storage.IStorageOperation
{
    public Type DocumentType => typeof(QueuedSql);

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        var pg = (Weasel.Postgresql.ICommandBuilder)builder;
        var sql = command.CommandText;
        var at = 0;
        foreach (Match m in Placeholder().Matches(sql))
        {
            pg.Append(sql[at..m.Index]);
            var source = command.Parameters[int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) - 1];
            var parameter = pg.AppendParameter(source.Value ?? DBNull.Value);
            if (source.NpgsqlDbType != NpgsqlTypes.NpgsqlDbType.Unknown)
                parameter.NpgsqlDbType = source.NpgsqlDbType;
            at = m.Index + m.Length;
        }
        pg.Append(sql[at..]);
    }

    public OperationRole Role() => OperationRole.Other;

    public Task PostprocessAsync(System.Data.Common.DbDataReader reader, IList<Exception> exceptions, CancellationToken token) =>
        Task.CompletedTask;

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}
