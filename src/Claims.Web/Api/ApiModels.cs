using Claims.Contracts.Model;
using Claims.Lifecycle;
using Claims.Web.Work;

namespace Claims.Web.Api;

/// <summary>
/// A step on a claim through the API: its input, and optionally the version the caller last read (409 when the claim
/// moved on since; without it the step applies to the claim as it is).
/// </summary>
public sealed record StepRequest(long? Version = null, string? On = null, string? Amount = null, string? Reason = null, string? Reference = null, string? Answer = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public StepInput Input => new(On, Amount, Reason, Reference, Answer);
}

public sealed record SignInRequest(string Name, string Password);

public sealed record SignedInResponse(string Name, string Role);

/// <summary>A page of the claims register and how many claims match in all.</summary>
public sealed record ClaimListResponse(long Total, int Page, int PageSize, IReadOnlyList<ClaimRow> Claims);

/// <summary>A claim as the API returns it (amounts as decimals in <see cref="Currency"/>, dates as yyyy-MM-dd).</summary>
public sealed record ClaimResponse(
    string Id, long Version, string Waybill, string Carrier, string Direction, string Incident, string Status,
    string? Contract, string? Clause, int? Page, string? Title, decimal? AssessedAmount, decimal? Amount, string? Currency, string? Trace,
    string? ManualReason, DateOnly? FileBy, DateOnly? FiledOn, DateOnly? RespondBy, decimal? AcceptedAmount, DateOnly? PayBy,
    decimal Received, decimal Deducted, decimal Outstanding, IReadOnlyList<TimelineResponse> Timeline)
{
    public static ClaimResponse From(ClaimDetails d)
    {
        var c = d.State;
        var i = c.Incident!;
        return new ClaimResponse(d.Id, d.Version, i.Waybill, i.Carrier, DirectionNames.Name(i.Direction), IncidentTypeNames.Name(i.Incident),
            c.Status.ToName(), c.Contract, c.Clause, c.Page, c.Title, c.AssessedAmount, c.ClaimAmount, c.Currency, c.Trace, c.ManualReason,
            c.FileBy, c.FiledOn, c.RespondBy, c.AcceptedAmount, c.PayBy, c.Received, c.Deducted, c.Outstanding,
            d.Timeline.Select(t => new TimelineResponse(t.At, t.Who, t.Type, t.Data)).ToList());
    }
}

/// <summary>One event of a claim's history: when, who, the event's name and its own fields.</summary>
public sealed record TimelineResponse(
    DateTimeOffset At,
    string Who,
    [property: System.ComponentModel.Description("The event's name, e.g. IncidentReported, ClaimFiled, PaymentReceived")] string Type,
    [property: System.ComponentModel.Description("The event's own fields as stored (camelCase; enums as names, amounts as numbers, dates yyyy-MM-dd)")] object Details);
