using Claims.Contracts.Model;
using Claims.Lifecycle;
using Claims.Web.Localization;
using static Claims.Web.Localization.Text;

namespace Claims.Web.Work;

/// <summary>A timeline event as a sentence in the page's language (the event type's label and its facts).</summary>
public static class TimelineText
{
    public static string Title(string type) => Texts.All.ContainsKey("event." + type) ? T("event." + type) : type;

    public static string Details(object data, string? currency) => data switch
    {
        IncidentReported e => $"{Name("incident", IncidentTypeNames.Name(e.Incident))} · {Formats.Date(e.IncidentOn)}",
        AdditionalIncidentReported e => $"{Name("incident", IncidentTypeNames.Name(e.Incident))} · {Formats.Date(e.IncidentOn)}",
        ClaimAssessed e => $"{e.Contract} {e.Clause} ({T("claim.page", e.Page)}) · {Formats.Money(e.Amount, e.Currency)}",
        ClaimNeedsManualAssessment e => ManualReasonText.Describe(e.Reason),
        AssessmentOverridden e => $"{Formats.Money(e.Amount, e.Currency)} · {e.Reason}",
        EvidenceAttached e => e.FileName,
        ClaimFiled e => $"{Formats.Date(e.On)} · {Formats.Money(e.Amount, currency)}",
        CarrierAccepted e => $"{Formats.Date(e.On)} · {Formats.Money(e.Amount, currency)}",
        CarrierDeemedAccepted e => $"{Formats.Date(e.On)} · {Formats.Money(e.Amount, currency)}",
        CarrierDisputed e => $"{Formats.Date(e.On)} · {e.Reason}",
        CarrierCounterOffered e => $"{Formats.Date(e.On)} · {Formats.Money(e.Amount, currency)}{(e.Reason is null ? "" : " · " + e.Reason)}",
        PaymentReceived e => $"{Formats.Date(e.On)} · {Formats.Money(e.Amount, currency)}{(e.Reference is null ? "" : " · " + e.Reference)}",
        DeductedFromDeposit e => $"{Formats.Date(e.On)} · {Formats.Money(e.Amount, currency)}",
        ClaimWaived e => e.Reason,
        ClaimClosed e => e.Reason ?? "",
        ClaimReopened e => e.Reason,
        NoteAdded e => e.Text,
        FilingDeadlineApproaching e => Formats.Date(e.FileBy),
        _ => "",
    };
}
