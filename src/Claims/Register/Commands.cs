using Claims.Carriers;
using Claims.Contracts;
using Claims.Contracts.Model;
using Claims.Contracts.Volumes;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;

namespace Claims.Register;

/// <summary>What a step on a claim decides from the claim as it is, its contract terms and the business date.</summary>
public delegate Decision ClaimDecider(ClaimState claim, ClaimTerms terms, DateOnly today);

// The commands the pages, the API and the CLI send through Wolverine's IMessageBus (CommandHandlers). They are invoked
// (InvokeAsync): handled in the sender's process and awaited, in a Marten session Wolverine opens and commits, so the
// events, their projections and their follow-ups are one transaction. A step carries its pure decision as a function
// of the claim it will find, which is why these commands are never queued or sent to another process.

/// <summary>File, answer, pay, waive, close, reopen, override or note: one step on one claim.</summary>
public sealed record DecideOnClaim(string ClaimId, Actor Actor, ClaimDecider Decide, long? SeenVersion = null);

/// <summary>Lodge a deposit or record a penalty payment: one decision on one carrier's stream.</summary>
public sealed record DecideOnCarrier(string Carrier, Actor Actor, Func<CarrierState, Decision> Decide);

/// <summary>Report one incident (the form, the API, `claims report` paths), assessed against the contracts.</summary>
public sealed record ReportIncidentCommand(Incident Incident, Actor Actor);

/// <summary>One batch of an incident import: new claims only; a claim that exists is a duplicate.</summary>
public sealed record ImportIncidentBatch(IReadOnlyDictionary<string, Incident> Incidents, ContractSet? Contracts, Actor Actor);

/// <summary>A file of monthly shipment volumes, judged against each carrier's service levels.</summary>
public sealed record RecordVolumes(IReadOnlyList<VolumeRow> Rows, Actor Actor);
