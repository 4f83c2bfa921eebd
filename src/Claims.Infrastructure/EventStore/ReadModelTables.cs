using System.Security.Cryptography;
using System.Text;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Claims.Infrastructure.EventStore;

/// <summary>What the declared read-model tables look like, as one short signature: it changes when any table does.</summary>
internal static class ReadModelTables
{
    public static string Signature(IEnumerable<Table> tables)
    {
        var ddl = new StringWriter();
        var migrator = new PostgresqlMigrator { Formatting = Weasel.Core.SqlFormatting.Concise };
        foreach (var table in tables)
            table.WriteCreateStatement(migrator, ddl);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ddl.ToString().ReplaceLineEndings("\n"))))[..16];
    }
}
