using Claims.Infrastructure.Schema;
using Claims.Managers.Scorecards;

namespace Claims.Managers;

/// <summary>
/// The managers' read models (module "managers"): monthly scorecards per carrier and currency. The first migration
/// counts the claims and penalties already stored ("claims" sorts before "managers", so its tables exist), so a
/// store that existed before the scorecards needs no rebuild.
/// </summary>
internal static class ManagersMigrations
{
    public static readonly Migration[] All =
    [
        new("managers", 1, "monthly carrier scorecards", FirstMigration.Sql),
        new("managers", 2, "scorecard change rows (concurrent saves do not wait on a month's row)", ScorecardSql.ChangeTables),
        new("managers", 3, "claims' shares no longer stored: only the facts their events tell", ScorecardSql.FactsOnly),
        new("managers", 4, "service-level penalties keep clause, metric and threshold", ServiceLevels.PenaltyDetailsMigration.Sql),
        new("managers", 5, "service-level penalties are owed like claims: payment window, paid, deducted, withdrawn", ServiceLevels.PenaltyCollectionMigration.Sql),
    ];
}
