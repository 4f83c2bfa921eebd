using Claims.Carriers;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Weasel.Postgresql.Tables;

namespace Claims.Managers.Scorecards;

/// <summary>
/// Keeps the monthly scorecards (change rows folded into <c>manager_months</c>, the days-to-payment histogram and the
/// service-level penalties) in step with the events. Registered after the register's projection, so the <c>claims</c>
/// rows it reads reflect the batch: it records the facts, then adds the touched claims' shares back (one set-based
/// statement per batch) after <see cref="ScorecardShareRemoval"/> took their old shares off.
/// </summary>
internal sealed class ScorecardProjection : IInlineProjection
{
    /// <summary>Few enough change rows that the comparison still reads them in a blink; rare enough to cost nothing.</summary>
    public const int CompactEvery = 64;

    private static readonly string AddShares = ScorecardSql.Count("id = any($1)", 1);
    private int batches;

    public IReadOnlyList<Table> Tables { get; } =
    [
        ScorecardTables.Claims(), ScorecardTables.Months("manager_months"), ScorecardTables.PaymentDays("manager_payment_days"),
        ScorecardTables.Penalties(), ScorecardTables.Months("manager_month_changes"), ScorecardTables.PaymentDays("manager_payment_day_changes"),
    ];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        foreach (var e in events)
        {
            if (e.StreamId.StartsWith("claim:", StringComparison.Ordinal) && Counts(e.Data))
                Fact(batch, e);
            else if (e.StreamId.StartsWith("carrier:", StringComparison.Ordinal))
                Penalty(batch, e.StreamId["carrier:".Length..], e.Data);
        }
        var opened = OpenedShares.Add(batch, events);
        var touched = Touched(events, existingBefore: false).Where(id => !opened.Contains(id)).ToArray();
        if (touched.Length > 0)
            batch.Add(AddShares, (object)touched);
        if (opened.Count + touched.Length > 0 && Interlocked.Increment(ref batches) % CompactEvery == 0)
            batch.Add(ScorecardSql.Compact);
    }

    /// <summary>
    /// The claims whose figures these events may change; with <paramref name="existingBefore"/>, only those that already
    /// had a claim row before the batch (a claim opened in the batch has no old share to take off).
    /// </summary>
    public static string[] Touched(IReadOnlyList<EventEnvelope> events, bool existingBefore)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var opened = existingBefore ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var e in events)
        {
            if (!e.StreamId.StartsWith("claim:", StringComparison.Ordinal) || !Counts(e.Data))
                continue;
            if (opened is not null && e is { Data: IncidentReported, Version: 1 })
                opened.Add(e.StreamId);
            touched.Add(e.StreamId);
        }
        if (opened is not null)
            touched.ExceptWith(opened);
        return [.. touched];
    }

    /// <summary>Notes, evidence and reminders change nothing a scorecard shows.</summary>
    public static bool Counts(object data) => data is not (NoteAdded or EvidenceAttached or FilingDeadlineApproaching);

    /// <summary>What only the events tell: later incidents' types, disputes, deemed acceptances, the last payment's date.</summary>
    private static void Fact(ProjectionBatch b, EventEnvelope e)
    {
        var (column, value) = e.Data switch
        {
            AdditionalIncidentReported { Incident: IncidentType.Lost } => ("extra_lost", (object)1),
            AdditionalIncidentReported { Incident: IncidentType.Damaged } => ("extra_damaged", 1),
            AdditionalIncidentReported { Incident: IncidentType.Misdelivered } => ("extra_misdelivered", 1),
            AdditionalIncidentReported { Incident: IncidentType.Late } => ("extra_late", 1),
            CarrierDisputed or CarrierCounterOffered => ("was_disputed", true),
            CarrierDeemedAccepted => ("was_deemed", true),
            PaymentReceived p => ("last_paid_on", p.On),
            DeductedFromDeposit d => ("last_paid_on", d.On),
            _ => ("", (object?)null),
        };
        if (value is null)
            return;
        var merge = value switch
        {
            int => $"manager_claims.{column} + 1",
            DateOnly => $"greatest(manager_claims.{column}, excluded.{column})",
            _ => $"excluded.{column}",
        };
        // A claim gets its facts row with its first fact; most claims never need one.
        b.Add($"insert into manager_claims (id, {column}) values ($1, $2) on conflict (id) do update set {column} = {merge}", e.StreamId, value);
    }

    private static void Penalty(ProjectionBatch b, string carrier, object data)
    {
        switch (data)
        {
            // A re-judgement of the same month and id replaces the earlier one (what was paid towards it stays); a
            // withdrawal voids it but keeps the row while money paid or deducted towards it needs explaining.
            case ServiceLevelPenaltyAssessed p:
                b.Add("""
                    insert into manager_penalties (carrier, year, month, id, amount, currency, contract, page, title, metric, metric_value, threshold, reason,
                        judged_on, pay_by)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                    on conflict (carrier, year, month, id) do update set amount = excluded.amount, currency = excluded.currency,
                        contract = excluded.contract, page = excluded.page, title = excluded.title, metric = excluded.metric,
                        metric_value = excluded.metric_value, threshold = excluded.threshold, reason = excluded.reason,
                        judged_on = excluded.judged_on, pay_by = excluded.pay_by, withdrawn = false
                    """, carrier, p.Year, p.Month, p.Id, p.Amount, p.Currency, p.ContractNumber, p.Page, p.Title, p.Metric, p.MetricValue,
                    p.Threshold, p.Reason, p.On, p.PayBy);
                break;
            case ServiceLevelPenaltyWithdrawn w:
                b.Add("update manager_penalties set withdrawn = true where carrier = $1 and year = $2 and month = $3 and id = $4", carrier, w.Year, w.Month, w.Id);
                break;
            case ServiceLevelPenaltyPaid p:
                b.Add("update manager_penalties set paid = paid + $5 where carrier = $1 and year = $2 and month = $3 and id = $4",
                    carrier, p.Year, p.Month, p.Id, p.Amount);
                break;
            case ServiceLevelPenaltyDeducted d:
                b.Add("update manager_penalties set deducted = deducted + $5 where carrier = $1 and year = $2 and month = $3 and id = $4",
                    carrier, d.Year, d.Month, d.Id, d.Amount);
                break;
        }
    }
}
