using System.Security.Cryptography;
using System.Text;

namespace Claims.Infrastructure.Schema;

/// <summary>
/// One numbered schema change of a module ("eventstore", "messaging", or a feature's read models).
/// Applied once, in (module, number) order, inside its own transaction.
/// </summary>
public sealed record Migration(string Module, int Number, string Description, string Sql)
{
    /// <summary>Identifies the script's text, so an edit to an already-applied migration is noticed instead of silently ignored.</summary>
    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))))[..16];

    public override string ToString() => $"{Module} #{Number} ({Description})";
}
